/** Pages of newest-first lists that follow by key ({@link org.gflow.engine.paging.PageKey}). */
package org.gflow.engine.paging;
