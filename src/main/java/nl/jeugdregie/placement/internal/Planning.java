package nl.jeugdregie.placement.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Reservations expire on a schedule, without anyone looking at them. */
@Configuration
@EnableScheduling
class Planning {
}
