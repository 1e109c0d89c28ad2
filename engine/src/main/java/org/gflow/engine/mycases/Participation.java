package org.gflow.engine.mycases;

/** How a person takes part in a case; each is a column of {@code gflow_case_participant}. */
enum Participation {
    STARTED("started"),
    WORKED("worked"),
    FOLLOWS("follows");

    private final String column;

    Participation(String column) {
        this.column = column;
    }

    /** The column that records it (a constant, never user input). */
    String column() {
        return column;
    }
}
