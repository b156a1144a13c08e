package nl.jeugdregie.access.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** H2's counterpart of the PostgreSQL trigger: the access log refuses every UPDATE and DELETE. */
public class AlleenToevoegenTrigger implements Trigger {

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("het toegangslog kan niet worden gewijzigd of verwijderd");
    }
}
