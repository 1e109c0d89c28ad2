package org.gflow.engine.security;

import java.io.Serializable;

/**
 * Where a login attempt comes from: the authentication details the login throttle reads. The
 * signed-in user's authentication keeps them, and it is stored with the web-app session, so they
 * must be serializable.
 */
record LoginOrigin(String clientAddress) implements Serializable {}
