package org.alembic4j.graph;

import static org.alembic4j.graph.ExampleGraphs.ACCOUNT;
import static org.alembic4j.graph.ExampleGraphs.EMAIL;
import static org.alembic4j.graph.ExampleGraphs.MERGE;
import static org.alembic4j.graph.ExampleGraphs.NET;
import static org.alembic4j.graph.ExampleGraphs.NET_INDEX;
import static org.alembic4j.graph.ExampleGraphs.ONE;
import static org.alembic4j.graph.ExampleGraphs.TWO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.alembic4j.graph.NewRevisionValidator.NewRevision;
import org.junit.jupiter.api.Test;

class NewRevisionValidatorTest {

    /** A project that grows as revisions are validated and "written". */
    private static final class Project {
        private final List<RevisionNode> nodes = new ArrayList<>();

        NewRevisionValidator validator() {
            return new NewRevisionValidator(RevisionMap.build(nodes));
        }

        NewRevision add(NewRevision r) {
            nodes.add(new RevisionNode(r.id(), r.downRevisions(), r.branchLabels(), r.dependsOn(), r.id(),
                    Path.of("/proj/versions/" + r.id() + "_x.py")));
            return r;
        }

        NewRevision revision(String id, String head, boolean splice, List<String> labels, List<String> deps) {
            return add(validator().validateRevision(id, head, splice, labels, deps));
        }
    }

    @Test
    void buildingTheExampleGraphAsTheSpecBuiltIt() {
        Project p = new Project();
        assertThat(p.revision(ACCOUNT, null, false, List.of(), List.of()).downRevisions()).isEmpty();
        assertThat(p.revision(EMAIL, null, false, List.of(), List.of()).downRevisions()).containsExactly(ACCOUNT);
        p.revision(ONE, null, false, List.of(), List.of());
        assertThatThrownBy(() -> p.validator().validateRevision(TWO, EMAIL, false, List.of("feature"), List.of()))
                .hasMessage("Revision 27c6a30d7c24 is not a head revision; please specify --splice to create a new "
                        + "branch from this revision");
        assertThat(p.revision(TWO, EMAIL, true, List.of("feature"), List.of()).downRevisions()).containsExactly(EMAIL);
        assertThatThrownBy(() -> p.validator().validateRevision("9999aaaa0000", null, false, List.of(), List.of()))
                .hasMessage("Multiple heads are present; please specify the head revision on which the new revision "
                        + "should be based, or perform a merge.");
        NewRevision merge = p.add(p.validator().validateMerge(MERGE, List.of("heads"), false, List.of()));
        assertThat(merge.downRevisions()).containsExactly(ONE, TWO);
        assertThat(p.revision(NET, "base", false, List.of("networking"), List.of()).downRevisions()).isEmpty();
        NewRevision dependent = p.revision(NET_INDEX, "networking@head", false, List.of(), List.of("3c9e04"));
        assertThat(dependent.downRevisions()).containsExactly(NET);
        assertThat(dependent.dependsOn()).containsExactly(ONE);
    }

    @Test
    void aBranchLabelGivenToDependsOnIsKept() {
        RevisionMap graph = ExampleGraphs.graph();
        NewRevision r = new NewRevisionValidator(graph)
                .validateRevision("abcdabcd0000", "networking@head", false, List.of(), List.of("feature", "4f1d"));
        assertThat(r.dependsOn()).containsExactly("feature", MERGE);
        assertThatThrownBy(() -> new NewRevisionValidator(graph)
                .validateRevision("abcdabcd0000", "networking@head", false, List.of(), List.of("nosuch")))
                .hasMessage("Can't locate revision identified by 'nosuch'");
    }

    @Test
    void errorsBeforeAnythingIsWritten() {
        NewRevisionValidator v = new NewRevisionValidator(ExampleGraphs.graph());
        assertThatThrownBy(() -> v.validateRevision("a-b", "base", false, List.of(), List.of()))
                .hasMessage("Character(s) '-' not allowed in revision identifier 'a-b'");
        assertThatThrownBy(() -> v.validateRevision("a:b@c", "base", false, List.of(), List.of()))
                .hasMessage("Character(s) ':, @' not allowed in revision identifier 'a:b@c'");
        assertThatThrownBy(() -> v.validateRevision("abcdabcd0000", "networking@head", false, List.of("feature"), List.of()))
                .hasMessage("Branch name 'feature' in revision abcdabcd0000 already used by revision " + TWO);
        assertThatThrownBy(() -> v.validateRevision(ONE, "networking@head", false, List.of(), List.of()))
                .hasMessage("Revision " + ONE + " already exists in /proj/migrations/versions/"
                        + ONE + "_branch_one_add_index.py");
        assertThatThrownBy(() -> v.validateRevision("abcdabcd0000", "zzzz", false, List.of(), List.of()))
                .hasMessage("Can't locate revision identified by 'zzzz'");
        assertThatThrownBy(() -> v.validateRevision("feature", "networking@head", false, List.of(), List.of()))
                .hasMessage("Branch name 'feature' in revision " + TWO + " already used by revision feature");
    }

    @Test
    void mergeAcceptsOnlyHeadsOnceEach() {
        NewRevisionValidator v = new NewRevisionValidator(ExampleGraphs.graph());
        assertThat(v.validateMerge("abcdabcd0000", List.of("networking@head", "4f1d"), false, List.of("joined"))
                .downRevisions()).containsExactly(NET_INDEX, MERGE);
        assertThatThrownBy(() -> v.validateMerge("abcdabcd0000", List.of("4f1d", MERGE), false, List.of()))
                .hasMessage("Duplicate head revisions specified");
        assertThatThrownBy(() -> v.validateMerge("abcdabcd0000", List.of(EMAIL, MERGE), false, List.of()))
                .hasMessage("Revision " + EMAIL + " is not a head revision; please specify --splice to create a new "
                        + "branch from this revision");
        assertThat(v.validateMerge("abcdabcd0000", List.of(EMAIL, MERGE), true, List.of()).downRevisions())
                .containsExactly(EMAIL, MERGE);
    }
}
