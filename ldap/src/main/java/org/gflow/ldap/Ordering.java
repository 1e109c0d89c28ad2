package org.gflow.ldap;

/** Sort by one directory attribute, ascending or descending. */
public record Ordering(String attribute, boolean descending) {}
