package nl.jeugdregie.access.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.jeugdregie.access.Organisatie;
import nl.jeugdregie.access.Rol;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /beheer}: organisations, users with their roles, and API keys, for the administrator. */
@Controller
class BeheerPagina {

    /** The organisation form. */
    record OrganisatieFormulier(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[a-zA-Z0-9_-]*") String id,
            @NotBlank @Size(max = 200) String naam,
            @NotBlank String soort,
            @Size(max = 8) String code) {
    }

    /** The user form; an existing user name updates that user. */
    record GebruikerFormulier(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[a-zA-Z0-9._@-]*") String gebruikersnaam,
            @NotBlank @Size(max = 200) String naam,
            @NotBlank String organisatie,
            List<Rol> rollen,
            @NotBlank @Size(min = Beheer.MINIMALE_WACHTWOORDLENGTE, max = 200) String wachtwoord) {
    }

    /** The API key form. */
    record SleutelFormulier(@NotBlank String organisatie, @NotBlank @Size(max = 200) String omschrijving) {
    }

    private final Beheer beheer;
    private final GebruikersOpslag opslag;

    BeheerPagina(Beheer beheer, GebruikersOpslag opslag) {
        this.beheer = beheer;
        this.opslag = opslag;
    }

    @GetMapping("/beheer")
    String beheer(Model model) {
        vul(model, new OrganisatieFormulier("", "", "GEMEENTE", ""), new GebruikerFormulier("", "", "", List.of(), ""),
                new SleutelFormulier("", ""));
        return "beheer";
    }

    @PostMapping("/beheer/organisaties")
    String organisatie(@Valid @ModelAttribute("organisatieFormulier") OrganisatieFormulier f, BindingResult fouten,
                       Model model, RedirectAttributes doorgeven) {
        Organisatie.Soort soort = soort(f.soort(), fouten);
        if (soort == Organisatie.Soort.GEMEENTE && (f.code() == null || !f.code().matches("GM\\d{4}"))) {
            fouten.rejectValue("code", "beheer.fout.gemeentecode");
        }
        if (soort == Organisatie.Soort.AANBIEDER && (f.code() == null || !f.code().matches("\\d{8}"))) {
            fouten.rejectValue("code", "beheer.fout.agb");
        }
        if (fouten.hasErrors()) {
            vul(model, f, new GebruikerFormulier("", "", "", List.of(), ""), new SleutelFormulier("", ""));
            model.addAttribute("fouten", fouten(fouten));
            return "beheer";
        }
        beheer.bewaarOrganisatie(new Organisatie(f.id(), f.naam(), soort,
                soort == Organisatie.Soort.REGIO || f.code() == null || f.code().isBlank() ? null : f.code()));
        doorgeven.addFlashAttribute("melding", "beheer.opgeslagen");
        return "redirect:/beheer";
    }

    @PostMapping("/beheer/gebruikers")
    String gebruiker(@Valid @ModelAttribute("gebruikerFormulier") GebruikerFormulier f, BindingResult fouten,
                     Model model, RedirectAttributes doorgeven) {
        if (f.organisatie() != null && !f.organisatie().isBlank() && opslag.organisatie(f.organisatie()).isEmpty()) {
            fouten.rejectValue("organisatie", "beheer.fout.organisatie");
        }
        if (fouten.hasErrors()) {
            vul(model, new OrganisatieFormulier("", "", "GEMEENTE", ""), f, new SleutelFormulier("", ""));
            model.addAttribute("fouten", fouten(fouten));
            return "beheer";
        }
        Set<Rol> rollen = f.rollen() == null || f.rollen().isEmpty() ? EnumSet.noneOf(Rol.class) : EnumSet.copyOf(f.rollen());
        beheer.bewaarGebruiker(f.gebruikersnaam(), f.naam(), f.organisatie(), rollen, f.wachtwoord());
        doorgeven.addFlashAttribute("melding", "beheer.opgeslagen");
        return "redirect:/beheer";
    }

    @PostMapping("/beheer/gebruikers/{gebruikersnaam}/actief")
    String actief(@PathVariable String gebruikersnaam, @RequestParam boolean actief, RedirectAttributes doorgeven) {
        beheer.zetActief(gebruikersnaam, actief);
        doorgeven.addFlashAttribute("melding", "beheer.opgeslagen");
        return "redirect:/beheer";
    }

    @PostMapping("/beheer/sleutels")
    String sleutel(@Valid @ModelAttribute("sleutelFormulier") SleutelFormulier f, BindingResult fouten, Model model,
                   RedirectAttributes doorgeven) {
        if (f.organisatie() != null && !f.organisatie().isBlank() && opslag.organisatie(f.organisatie()).isEmpty()) {
            fouten.rejectValue("organisatie", "beheer.fout.organisatie");
        }
        if (fouten.hasErrors()) {
            vul(model, new OrganisatieFormulier("", "", "GEMEENTE", ""), new GebruikerFormulier("", "", "", List.of(), ""), f);
            model.addAttribute("fouten", fouten(fouten));
            return "beheer";
        }
        doorgeven.addFlashAttribute("nieuweSleutel", beheer.maakSleutel(f.organisatie(), f.omschrijving()));
        return "redirect:/beheer";
    }

    @PostMapping("/beheer/sleutels/{id}/intrekken")
    String intrekken(@PathVariable long id, RedirectAttributes doorgeven) {
        beheer.trekSleutelIn(id);
        doorgeven.addFlashAttribute("melding", "beheer.ingetrokken");
        return "redirect:/beheer";
    }

    /** Per field of the form that failed: the message key of its first error, to mark the field. */
    private static Map<String, String> fouten(BindingResult resultaat) {
        Map<String, String> fouten = new LinkedHashMap<>();
        for (FieldError f : resultaat.getFieldErrors()) {
            String code = f.getCode() != null && f.getCode().startsWith("beheer.") ? f.getCode() : "beheer.fout." + f.getCode();
            fouten.putIfAbsent(resultaat.getObjectName() + "." + f.getField(), code);
        }
        return fouten;
    }

    private void vul(Model model, OrganisatieFormulier o, GebruikerFormulier g, SleutelFormulier s) {
        model.addAttribute("organisaties", opslag.organisaties());
        model.addAttribute("gebruikers", opslag.gebruikers());
        model.addAttribute("sleutels", opslag.sleutels());
        model.addAttribute("rollen", Rol.values());
        model.addAttribute("soorten", Organisatie.Soort.values());
        model.addAttribute("minimaleLengte", Beheer.MINIMALE_WACHTWOORDLENGTE);
        model.addAttribute("fouten", Map.of());
        if (!model.containsAttribute("organisatieFormulier")) {
            model.addAttribute("organisatieFormulier", o);
        }
        if (!model.containsAttribute("gebruikerFormulier")) {
            model.addAttribute("gebruikerFormulier", g);
        }
        if (!model.containsAttribute("sleutelFormulier")) {
            model.addAttribute("sleutelFormulier", s);
        }
    }

    private static Organisatie.Soort soort(String waarde, BindingResult fouten) {
        try {
            return Organisatie.Soort.valueOf(waarde);
        } catch (IllegalArgumentException | NullPointerException e) {
            fouten.rejectValue("soort", "beheer.fout.soort");
            return null;
        }
    }
}
