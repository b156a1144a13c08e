package nl.jeugdregie;

import nl.jeugdregie.cli.Cli;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** One deployable: the web application and the command line share this entry point. */
@SpringBootApplication
public class JeugdregieApplication {

    public static void main(String[] args) {
        int code = Cli.run(JeugdregieApplication.class, args);
        if (code != Cli.BLIJFT_DRAAIEN) {
            System.exit(code);
        }
    }
}
