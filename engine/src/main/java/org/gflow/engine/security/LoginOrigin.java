package org.gflow.engine.security;

/** Where a login attempt comes from: the authentication details the login throttle reads. */
record LoginOrigin(String clientAddress) {}
