package org.alembic4j.graph;

import static org.alembic4j.graph.ExampleGraphs.ACCOUNT;
import static org.alembic4j.graph.ExampleGraphs.L3;
import static org.alembic4j.graph.ExampleGraphs.MERGE;
import static org.alembic4j.graph.ExampleGraphs.NET;
import static org.alembic4j.graph.ExampleGraphs.NET_INDEX;
import static org.alembic4j.graph.ExampleGraphs.ONE;
import static org.alembic4j.graph.ExampleGraphs.TWO;
import static org.alembic4j.graph.ExampleGraphs.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.stream.Collectors;

import org.alembic4j.AlembicException;
import org.junit.jupiter.api.Test;

class IdentifierResolutionTest {

    private final RevisionMap graph = ExampleGraphs.graph();

    private List<String> ids(RevisionMap map, String identifier) {
        return map.resolve(identifier).stream().map(RevisionNode::id).collect(Collectors.toList());
    }

    private AlembicException failure(RevisionMap map, String identifier) {
        return catchThrowableOfType(() -> map.resolve(identifier), AlembicException.class);
    }

    @Test
    void fullIdsAndUniquePrefixesOfAnyLength() {
        assertThat(ids(graph, ACCOUNT)).containsExactly(ACCOUNT);
        assertThat(ids(graph, "1975")).containsExactly(ACCOUNT);
        assertThat(ids(graph, "1")).containsExactly(ACCOUNT);
        assertThat(ids(graph, "4f")).containsExactly(MERGE);
    }

    @Test
    void symbols() {
        assertThat(ids(graph, "heads")).containsExactly(MERGE, NET_INDEX);
        assertThat(ids(graph, "base")).isEmpty();
        assertThat(ids(graph, "feature@head")).containsExactly(MERGE);
        assertThat(ids(graph, "feature@heads")).containsExactly(MERGE);
        assertThat(ids(graph, "networking@head")).containsExactly(NET_INDEX);
        assertThat(ids(graph, "networking@base")).isEmpty();
        assertThat(ids(graph, "feature")).containsExactly(TWO);
        assertThat(ids(graph, "3c9e5b21f0bb@head")).containsExactly(MERGE);
    }

    @Test
    void aLabelLimitsPrefixSearchToItsLineage() {
        assertThat(ids(graph, "feature@3c9e")).containsExactly(TWO);
        AlembicException e = failure(graph, "3c9e");
        assertThat(e).hasMessage("Can't locate revision identified by '3c9e'");
        assertThat(e.getCause()).isInstanceOf(RevisionException.class)
                .hasMessage("Multiple revisions start with '3c9e': '3c9e04f8d1aa', '3c9e5b21f0bb'...");
    }

    @Test
    void unknownAndShortIdentifiers() {
        AlembicException unknown = failure(graph, "zzzz");
        assertThat(unknown).hasMessage("Can't locate revision identified by 'zzzz'");
        assertThat(unknown.getCause()).hasMessage("No such revision or branch 'zzzz'");
        AlembicException shortOne = failure(graph, "9");
        assertThat(shortOne).hasMessage("Can't locate revision identified by '9'");
        assertThat(shortOne.getCause()).hasMessage("No such revision or branch '9'; please ensure at least four "
                + "characters are present for partial revision identifier matches");
    }

    @Test
    void revisionOutsideTheLabelsLineage() {
        assertThat(failure(graph, "networking@1975")).hasMessage("Can't locate revision identified by '1975'");
        AlembicException full = failure(graph, "networking@" + ACCOUNT);
        assertThat(full).hasMessage("Can't locate revision identified by '" + ACCOUNT + "'");
        assertThat(full.getCause()).hasMessage("Revision " + ACCOUNT + " is not a member of branch 'networking'");
        assertThat(failure(graph, "nosuch@head")).hasMessage("Can't locate revision identified by 'nosuch'");
        AlembicException branch = failure(graph, "nosuch@" + ACCOUNT);
        assertThat(branch).hasMessage("Can't locate revision identified by 'nosuch'");
        assertThat(branch.getCause()).hasMessage("No such branch: 'nosuch'");
    }

    @Test
    void headWithSeveralHeads() {
        AlembicException e = failure(graph, "head");
        assertThat(e).hasMessage("Multiple head revisions are present for given argument 'head'; please specify a "
                + "specific target revision, '<branchname>@head' to narrow to a specific head, or 'heads' for all heads");
        assertThat(e.getCause()).hasMessage("Multiple heads are present for given argument 'head'; "
                + MERGE + ", " + NET_INDEX);
    }

    @Test
    void negativeNumbersWalkDownFromTheHeads() {
        RevisionMap linear = ExampleGraphs.linear();
        assertThat(ids(linear, "-1")).containsExactly(L3);
        assertThat(ids(graph, "networking@-1")).containsExactly(NET);
        assertThat(failure(graph, "-1")).hasMessage("Ambiguous walk");
        assertThat(failure(linear, "head-1")).hasMessage("Can't locate revision identified by 'head-1'");
        assertThat(failure(linear, "-9")).hasMessage("Relative revision -9 didn't produce 9 migrations");
    }

    @Test
    void keysAreIdsAndLabelsLongerThanThreeCharacters() {
        RevisionMap map = RevisionMap.build(List.of(
                node("de12aaaa0000", "one"),
                node("abc", "short id"),
                node("f00dbabe0000", "two", List.of(), List.of("delta"), List.of())));
        assertThat(failure(map, "de")).hasMessage("Can't locate revision identified by 'de'");
        assertThat(ids(map, "del")).containsExactly("f00dbabe0000");
        assertThat(ids(map, "de1")).containsExactly("de12aaaa0000");
        assertThat(ids(map, "abc")).containsExactly("abc");
        assertThat(failure(map, "ab")).hasMessage("Can't locate revision identified by 'ab'");
    }

    @Test
    void resolveOneReturnsAtMostOneRevision() {
        assertThat(graph.resolveOne("feature@head")).map(RevisionNode::id).hasValue(MERGE);
        assertThat(graph.resolveOne("base")).isEmpty();
        assertThat(catchThrowableOfType(() -> graph.resolveOne("heads"), AlembicException.class))
                .hasMessage("Multiple head revisions are present for given argument 'heads'; please specify a "
                        + "specific target revision, '<branchname>@heads' to narrow to a specific head, or 'heads' for all heads");
        assertThat(graph.resolveOne(ONE)).map(RevisionNode::id).hasValue(ONE);
    }
}
