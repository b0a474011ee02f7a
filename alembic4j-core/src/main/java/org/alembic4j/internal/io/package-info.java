/**
 * File helpers shared by the script directory and the runtime's caches; depends on nothing else
 * in alembic4j. Not part of the public API.
 */
package org.alembic4j.internal.io;
