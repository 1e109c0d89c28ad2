/**
 * The inbox API: what the web inbox needs and Camunda's REST API lacks — one task-list call
 * joining each task with its case (title, tracking number), search and filters, a cheap
 * "anything new?" poll, colleagues and hand-over, bulk claims and handovers, a case's timeline and
 * attachments, and the live inbox: every work-item change is logged in the same transaction
 * ({@link org.gflow.engine.inbox.InboxChangeLog}) and each node pushes it to its open streams
 * ({@link org.gflow.engine.inbox.InboxEventFeed}).
 * Every query runs through Camunda's services during the request, with the signed-in user
 * and their groups set, so it returns only what Camunda's authorizations allow.
 */
package org.gflow.engine.inbox;
