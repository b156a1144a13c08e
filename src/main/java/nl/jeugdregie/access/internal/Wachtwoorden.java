package nl.jeugdregie.access.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Passwords are stored as bcrypt hashes, also when the command line sets them. */
@Configuration
class Wachtwoorden {

    @Bean
    PasswordEncoder wachtwoordCodering() {
        return new BCryptPasswordEncoder();
    }
}
