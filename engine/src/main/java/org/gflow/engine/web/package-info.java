/** Serving the web app: its client-side routes all answer with the app's index.html. */
package org.gflow.engine.web;
