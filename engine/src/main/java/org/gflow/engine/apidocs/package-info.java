/** The OpenAPI description of G-Flow's own API, served to admins outside production. */
package org.gflow.engine.apidocs;
