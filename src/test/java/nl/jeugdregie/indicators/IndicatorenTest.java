package nl.jeugdregie.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.jeugdregie.access.DemoAccounts;
import nl.jeugdregie.messages.Intake;
import nl.jeugdregie.support.Berichten;
import nl.jeugdregie.support.JeugdregieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Messages through the real intake reach the indicators at once, and the pages, CSV and API show them. */
@JeugdregieTest(properties = "jeugdregie.test=indicatoren")
@AutoConfigureMockMvc
class IndicatorenTest {

    @Autowired
    Intake intake;
    @Autowired
    Indicatoren indicatoren;
    @Autowired
    MockMvc mvc;
    @Autowired
    DemoAccounts accounts;
    @Autowired
    UserDetailsService gebruikers;

    @Test
    void aNewStartShowsInTheIndicatorsAsSoonAsItIsAccepted() throws Exception {
        LocalDate maart = LocalDate.of(2024, 3, 4);
        intake.ontvang(List.of(
                Berichten.toewijzing("0164", "98100009", "999990111", 930001, "45A01", maart, "09:00:00", maart, null),
                Berichten.start("0164", "98100009", "999990111", 930001, "45A01", maart, maart, maart)).iterator(), t -> { });
        assertThat(instroom("GM0164", YearMonth.of(2024, 3))).isEqualTo(1.0);

        LocalDate later = LocalDate.of(2024, 3, 18);
        intake.ontvangEen(Berichten.toewijzing("0164", "98100009", "999990123", 930002, "45A01", later, "09:00:00", later, null));
        intake.ontvangEen(Berichten.start("0164", "98100009", "999990123", 930002, "45A01", later, later, later));
        assertThat(instroom("GM0164", YearMonth.of(2024, 3))).as("after one more message over the API path").isEqualTo(2.0);
        assertThat(indicatoren.stand()).isPresent();

        accounts.maak("GM0141", "Almelo", "98100001", "Zonnebrug Jeugdhulp");
        mvc.perform(get("/api/v1/indicatoren/instroom/waarden").param("gemeente", "GM0164").param("van", "2024-03")
                        .param("tot", "2024-03").with(user(gebruikers.loadUserByUsername("analist"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$._embedded.waarden[0].waarde").value(2.0));
        mvc.perform(get("/indicatoren/instroom.csv").param("gemeente", "GM0164").with(user(gebruikers.loadUserByUsername("gemeente"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("instroom;GM0164;alle;2024-03;2,0;2;")));
        mvc.perform(get("/indicatoren").param("gemeente", "GM0164").with(user(gebruikers.loadUserByUsername("analist"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Instroom (nieuwe trajecten)")));
        mvc.perform(get("/api/v1/indicatoren/bestaat-niet/waarden").with(user(gebruikers.loadUserByUsername("analist"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/indicatoren/instroom/waarden").param("van", "maart")
                        .with(user(gebruikers.loadUserByUsername("analist"))))
                .andExpect(status().isBadRequest());
    }

    private Double instroom(String gemeente, YearMonth maand) {
        return indicatoren.reeks("instroom", gemeente, Waarde.ALLE, maand, maand).stream().findFirst()
                .map(Waarde::waarde).orElse(null);
    }
}
