package nl.jeugdregie.access;

/** What a user does in the region; a user may hold several roles. */
public enum Rol {
    /** Regional analyst or policy adviser: everything aggregated, no person-level data. */
    ANALIST,
    /** Municipality (policy, access team): aggregates; person-level only for its own residents. */
    GEMEENTE,
    /** Provider planner: its own facilities, places, waiting lists and requests. */
    AANBIEDER,
    /** Placement coordinator of the coordination point: placement requests region-wide. */
    REGISSEUR,
    /** Regional Expertise Team coordinator or member: RET cases. */
    RET,
    /** Privacy officer: the access log, nothing else person-level. */
    PRIVACY,
    /** Administrator: users, organisations, region data, keys. */
    BEHEERDER;

    /** The authority Spring Security checks. */
    public String autoriteit() {
        return "ROLE_" + name();
    }
}
