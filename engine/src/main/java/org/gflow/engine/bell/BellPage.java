package org.gflow.engine.bell;

import java.util.List;

/** One page of the reader's latest notices ({@code more}: another page follows) and their unread count. */
public record BellPage(List<BellItem> items, boolean more, int page, int size, BellUnread unread) {}
