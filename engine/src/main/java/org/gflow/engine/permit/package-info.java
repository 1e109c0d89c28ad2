/**
 * The permit applicant's side of a permit case: the access code the front office hands over with
 * the application reference, and the public status page the applicant follows the case on.
 */
package org.gflow.engine.permit;
