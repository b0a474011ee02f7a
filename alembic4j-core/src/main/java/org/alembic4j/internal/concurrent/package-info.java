/** Overlapping independent work on a background thread ({@link org.alembic4j.internal.concurrent.BackgroundTask}); depends on nothing. */
package org.alembic4j.internal.concurrent;
