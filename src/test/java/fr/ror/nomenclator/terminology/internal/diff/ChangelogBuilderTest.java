package fr.ror.nomenclator.terminology.internal.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.terminology.ChangeKind;
import fr.ror.nomenclator.terminology.Changelog;
import fr.ror.nomenclator.terminology.ConceptChange;
import fr.ror.nomenclator.terminology.FieldChange;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ChangelogBuilderTest {

    static final Path TRE = Path.of(System.getProperty("user.dir"))
            .resolve("../shared/nomenclatures/M-Priour_IG-terminologie-de-sante/input/NOS/TRE").normalize();
    static final Pattern NOS = Pattern.compile("^https?://mos\\.esante\\.gouv\\.fr/NOS/([^/]+)(/.*)?$");
    static final ObjectMapper JSON = new ObjectMapper();

    final ChangelogBuilder builder = new ChangelogBuilder(url -> {
        Matcher m = NOS.matcher(url);
        return m.matches() ? m.group(1) : url;
    });

    static ObjectNode cs(String json) throws IOException {
        return (ObjectNode) JSON.readTree(json.replace('\'', '"'));
    }

    @Test
    void eachKindOfChangeIsToldApartWithTheFieldsThatChanged() throws IOException {
        ObjectNode before = cs("""
                {'resourceType':'CodeSystem','url':'u','version':'1','concept':[
                 {'code':'same','display':'Same'},
                 {'code':'ret','display':'To retire'},
                 {'code':'back','display':'Back','property':[{'code':'dateFin','valueDateTime':'2020-01-01T00:00:00+01:00'}]},
                 {'code':'disp','display':'Old label'},
                 {'code':'other','display':'Other','designation':[{'use':{'code':'LibelleCourt'},'value':'Oth'}]},
                 {'code':'gone','display':'Gone'}]}""");
        ObjectNode after = cs("""
                {'resourceType':'CodeSystem','url':'u','version':'2','concept':[
                 {'code':'same','display':'Same'},
                 {'code':'ret','display':'To retire','property':[{'code':'dateFin','valueDateTime':'2024-06-30T00:00:00+01:00'}]},
                 {'code':'back','display':'Back'},
                 {'code':'disp','display':'New label'},
                 {'code':'other','display':'Other','designation':[{'use':{'code':'LibelleCourt'},'value':'Oth.'}]},
                 {'code':'new','display':'New'}]}""");

        Changelog log = builder.compare(ResourceKind.CODE_SYSTEM, before, after);

        assertThat(log.fromVersion()).isEqualTo("1");
        assertThat(log.toVersion()).isEqualTo("2");
        assertThat(log.changes()).extracting(ConceptChange::code, ConceptChange::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ret", ChangeKind.RETIRED),
                org.assertj.core.groups.Tuple.tuple("back", ChangeKind.REACTIVATED),
                org.assertj.core.groups.Tuple.tuple("disp", ChangeKind.DISPLAY_CHANGED),
                org.assertj.core.groups.Tuple.tuple("other", ChangeKind.OTHER_CHANGED),
                org.assertj.core.groups.Tuple.tuple("new", ChangeKind.ADDED),
                org.assertj.core.groups.Tuple.tuple("gone", ChangeKind.REMOVED));
        assertThat(log.of(ChangeKind.RETIRED).get(0).fields())
                .containsExactly(new FieldChange("property dateFin", null, "2024-06-30T00:00:00+01:00"));
        assertThat(log.of(ChangeKind.OTHER_CHANGED).get(0).fields())
                .containsExactly(new FieldChange("designation LibelleCourt", "Oth", "Oth."));
        assertThat(log.counts()).containsEntry(ChangeKind.ADDED, 1).containsEntry(ChangeKind.REMOVED, 1);
    }

    @Test
    void deprecationsMovesAndMinorDisplayCorrectionsHaveTheirOwnBuckets() throws IOException {
        ObjectNode before = cs("""
                {'resourceType':'CodeSystem','url':'u','version':'1','concept':[
                 {'code':'dep','display':'Soon deprecated'},
                 {'code':'undep','display':'Was deprecated','property':[{'code':'status','valueCode':'deprecated'}]},
                 {'code':'typo','display':'Hebergement  temporaire d urgence'},
                 {'code':'p1','display':'Parent one'},{'code':'p2','display':'Parent two'},
                 {'code':'child','display':'Child','property':[{'code':'parent','valueCode':'p1'}]}]}""");
        ObjectNode after = cs("""
                {'resourceType':'CodeSystem','url':'u','version':'2','concept':[
                 {'code':'dep','display':'Soon deprecated','property':[{'code':'status','valueCode':'deprecated'}]},
                 {'code':'undep','display':'Was deprecated'},
                 {'code':'typo','display':'Hébergement temporaire, d’urgence'},
                 {'code':'p1','display':'Parent one'},{'code':'p2','display':'Parent two'},
                 {'code':'child','display':'Child','property':[{'code':'parent','valueCode':'p2'}]}]}""");

        Changelog log = builder.compare(ResourceKind.CODE_SYSTEM, before, after);

        assertThat(log.changes()).extracting(ConceptChange::code, ConceptChange::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("dep", ChangeKind.DEPRECATED),
                org.assertj.core.groups.Tuple.tuple("undep", ChangeKind.REACTIVATED),
                org.assertj.core.groups.Tuple.tuple("typo", ChangeKind.DISPLAY_CORRECTED),
                org.assertj.core.groups.Tuple.tuple("child", ChangeKind.MOVED));
        assertThat(log.of(ChangeKind.MOVED).get(0).fields()).containsExactly(new FieldChange("parents", "p1", "p2"));
    }

    @Test
    void aDisplayInOtherWordsIsAMajorChange() throws IOException {
        Changelog log = builder.compare(ResourceKind.CODE_SYSTEM,
                cs("{'resourceType':'CodeSystem','url':'u','version':'1','concept':[{'code':'a','display':'Accueil de jour'}]}"),
                cs("{'resourceType':'CodeSystem','url':'u','version':'2','concept':[{'code':'a','display':'Accueil de nuit'}]}"));

        assertThat(log.changes()).extracting(ConceptChange::kind).containsExactly(ChangeKind.DISPLAY_CHANGED);
    }

    @Test
    void theTwoRealR211ExportsDifferAsTheirFilesSay() throws IOException {
        ObjectNode older = (ObjectNode) JSON.readTree(TRE.resolve("TRE_R211-ActiviteOperationnelle.json").toFile());
        ObjectNode newer = (ObjectNode) JSON.readTree(TRE.resolve("TRE_R211_ActiviteOperationnelle.json").toFile());

        Changelog log = builder.compare(ResourceKind.CODE_SYSTEM, older, newer);

        // 533 codes in 2023, 445 in 2021, all of which reappear: 88 added, none removed.
        assertThat(log.counts().get(ChangeKind.ADDED)).isEqualTo(88);
        assertThat(log.counts().get(ChangeKind.REMOVED)).isZero();
        // Every older concept changed (designations and dateMaj differ between the two generations).
        assertThat(log.changes()).hasSize(533);
        assertThat(log.of(ChangeKind.DISPLAY_CHANGED)).allSatisfy(c -> assertThat(c.displayBefore()).isNotEqualTo(c.displayAfter()));
    }

    @Test
    void valueSetMembersCompareAcrossBothNosUrlStyles() throws IOException {
        ObjectNode before = cs("""
                {'resourceType':'ValueSet','url':'v','version':'1','compose':{'include':[{'system':
                 'https://mos.esante.gouv.fr/NOS/TRE_R211-ActiviteOperationnelle','concept':[{'code':'001','display':'A'},
                 {'code':'002','display':'B'}]}]}}""");
        ObjectNode after = cs("""
                {'resourceType':'ValueSet','url':'v','version':'2','compose':{'include':[{'system':
                 'https://mos.esante.gouv.fr/NOS/TRE_R211-ActiviteOperationnelle/FHIR/TRE-R211-ActiviteOperationnelle',
                 'concept':[{'code':'001','display':'A2'},{'code':'003','display':'C'}]}]}}""");

        Changelog log = builder.compare(ResourceKind.VALUE_SET, before, after);

        assertThat(log.changes()).extracting(ConceptChange::code, ConceptChange::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("001", ChangeKind.DISPLAY_CHANGED),
                org.assertj.core.groups.Tuple.tuple("003", ChangeKind.ADDED),
                org.assertj.core.groups.Tuple.tuple("002", ChangeKind.REMOVED));
    }

    @Test
    void conceptMapMappingsAreAddedRemovedOrChangeTheirEquivalence() throws IOException {
        ObjectNode before = cs("""
                {'resourceType':'ConceptMap','url':'m','version':'1','group':[{'source':'s','target':'t','element':[
                 {'code':'a','target':[{'code':'x','equivalence':'equivalent'}]},
                 {'code':'b','target':[{'code':'y','equivalence':'equivalent'}]}]}]}""");
        ObjectNode after = cs("""
                {'resourceType':'ConceptMap','url':'m','version':'2','group':[{'source':'s','target':'t','element':[
                 {'code':'a','target':[{'code':'x','equivalence':'wider'}]},
                 {'code':'c','target':[{'code':'z','equivalence':'equivalent'}]}]}]}""");

        Changelog log = builder.compare(ResourceKind.CONCEPT_MAP, before, after);

        assertThat(log.changes()).extracting(ConceptChange::code, ConceptChange::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a → x", ChangeKind.OTHER_CHANGED),
                org.assertj.core.groups.Tuple.tuple("c → z", ChangeKind.ADDED),
                org.assertj.core.groups.Tuple.tuple("b → y", ChangeKind.REMOVED));
        assertThat(log.changes().get(0).fields()).containsExactly(new FieldChange("equivalence", "equivalent", "wider"));
    }
}
