/**
 * The inbox API: what the web inbox needs and Camunda's REST API lacks — one task-list call
 * joining each task with its case (title, tracking number), search and filters, a cheap
 * "anything new?" poll, colleagues and hand-over, and a case's timeline and attachments.
 * Every query runs through Camunda's services during the request, with the signed-in user
 * and their groups set, so it returns only what Camunda's authorizations allow.
 */
package org.gflow.engine.inbox;
