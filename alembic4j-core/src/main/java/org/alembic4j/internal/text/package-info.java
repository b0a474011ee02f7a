/** Small text helpers written for a cold JVM (no patterns, no lambdas); depends on nothing. */
package org.alembic4j.internal.text;
