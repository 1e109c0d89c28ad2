/**
 * The inbox's bell ({@code /api/inbox/bell}): in-app notifications with an unread count. Notices
 * are written by what the engine already records, in the transaction of the change: the
 * work-item projection tells a group a task was offered to it and a person a task was handed to
 * them, and the notification outbox tells the civil servants and offices the processes address
 * (a reminder, an escalation, a letter returned or distributed), and a drafter hears that their
 * letter was signed and sent, and a follower that a case they follow was answered or closed
 * ({@code org.gflow.engine.mycases}). A notice to a group reaches each
 * member; nobody is told of their own doing. Read marks are per person. The web app refreshes
 * the count on the live inbox's events rather than polling.
 */
package org.gflow.engine.bell;
