package org.gflow.engine.tasks;

import java.util.Collection;
import java.util.Set;

/**
 * Who oversees which organisations' work — the hotline's figures, its failed messages: the
 * Office's hotline centre ({@value #OFFICE_GROUP}) and the administrators oversee every
 * organisation; an organisation's supervisors ({@code <org>-…-supervisors}) their own; anyone
 * else none.
 */
public final class Oversight {

    /** The Office's hotline centre: it triages every complaint and watches every organisation. */
    public static final String OFFICE_GROUP = "opm-hotline-triage";

    private Oversight() {}

    /** Whether a person, an administrator or not, with these groups oversees every organisation. */
    public static boolean seesAll(boolean admin, Collection<String> groupIds) {
        return admin || groupIds.contains(OFFICE_GROUP);
    }

    /** The organisations a person with these groups supervises (none for the Office unless it supervises one too). */
    public static Set<String> supervised(Collection<String> groupIds) {
        return Organisations.supervisedBy(groupIds);
    }
}
