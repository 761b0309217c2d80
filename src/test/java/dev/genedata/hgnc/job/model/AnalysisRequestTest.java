package dev.genedata.hgnc.job.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Year;
import java.time.ZoneOffset;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.genedata.hgnc.common.error.InvalidInputException;
import dev.genedata.hgnc.common.validation.TypedRequests;

/**
 * Every rule of a job submission as {@link TypedRequests} reads it into an {@link AnalysisRequest}, and the
 * parameters of each kind as stored (defaults filled in, a fixed key order). Messages name {@code YEAR},
 * the current year, where the rule does.
 */
class AnalysisRequestTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int YEAR = Year.now(ZoneOffset.UTC).getValue();
    private static final String FILTER_KEYS = "locus_group, locus_type, status, chromosome, gene_group, symbol_prefix, "
            + "approved_from, approved_to";
    private static final TypedRequests REQUESTS = new TypedRequests(MAPPER, validator(Clock.systemUTC()));
    @Test
    void minimalRequestsGetEveryDefault() {
        assertThat(params("{'analysis':'counts','group_by':'chromosome'}"))
                .isEqualTo(json("{'group_by':'chromosome','top':20,'filter':{},'width':1200,'height':700}"));
        assertThat(params("{'analysis':'counts','group_by':'gene_group'}"))
                .isEqualTo(json("{'group_by':'gene_group','top':20,'filter':{},'width':1200,'height':700}"));
        assertThat(params("{'analysis':'approvals_by_year'}")).isEqualTo(json(
                "{'start_year':1986,'end_year':" + YEAR + ",'split_by':null,'filter':{},'width':1200,'height':700}"));
        assertThat(params("{'analysis':'completeness'}")).isEqualTo(json("{'filter':{},'width':1200,'height':700}"));
    }

    @Test
    void theAnalysisChoosesTheRecord() {
        assertThat(read("{'analysis':'counts','group_by':'status'}")).isInstanceOf(CountsRequest.class)
                .extracting(AnalysisRequest::kind).isEqualTo(AnalysisKind.COUNTS);
        assertThat(read("{'analysis':'approvals_by_year'}")).isInstanceOf(ApprovalsByYearRequest.class)
                .extracting(AnalysisRequest::kind).isEqualTo(AnalysisKind.APPROVALS_BY_YEAR);
        assertThat(read("{'analysis':'completeness'}")).isInstanceOf(CompletenessRequest.class)
                .extracting(AnalysisRequest::kind).isEqualTo(AnalysisKind.COMPLETENESS);
    }

    @Test
    void theWorkerReadsTheStoredParametersAsTheSameRecord() throws JsonProcessingException {
        AnalysisRequest submitted = read("{'analysis':'approvals_by_year','start_year':1990,'split_by':'locus_type',"
                + "'filter':{'chromosome':'x','approved_to':2000}}");
        String stored = MAPPER.writeValueAsString(submitted);
        assertThat(MAPPER.readValue(stored, AnalysisKind.APPROVALS_BY_YEAR.requestType())).isEqualTo(submitted);
    }

    @Test
    void givenValuesAreKeptInAFixedKeyOrderWhateverTheRequestOrder() {
        assertThat(params("{'height':600,'top':5,'group_by':'status','analysis':'counts','width':800}"))
                .isEqualTo(json("{'group_by':'status','top':5,'filter':{},'width':800,'height':600}"));
        assertThat(params("{'split_by':'locus_type','end_year':2020,'analysis':'approvals_by_year','start_year':1990}"))
                .isEqualTo(json("{'start_year':1990,'end_year':2020,'split_by':'locus_type','filter':{},'width':1200,"
                        + "'height':700}"));
        assertThat(params("{'analysis':'completeness','width':400,'height':300}"))
                .isEqualTo(json("{'filter':{},'width':400,'height':300}"));
        assertThat(params("{'analysis':'completeness','width':4000,'height':3000}"))
                .isEqualTo(json("{'filter':{},'width':4000,'height':3000}"));
    }

    @Test
    void everyFilterKeyIsNormalizedInAFixedOrder() {
        String body = "{'analysis':'completeness','filter':{'approved_to':2020,'approved_from':1990,'symbol_prefix':' BRC ',"
                + "'gene_group':'Kinases','chromosome':'mt','status':'Approved','locus_type':'pseudogene',"
                + "'locus_group':'pseudogene'}}";
        assertThat(params(body)).isEqualTo(json("{'filter':{'locus_group':'pseudogene','locus_type':'pseudogene',"
                + "'status':'Approved','chromosome':'MT','gene_group':'Kinases','symbol_prefix':'BRC',"
                + "'approved_from':1990,'approved_to':2020},'width':1200,'height':700}"));
        assertThat(params("{'analysis':'completeness','filter':{'chromosome':'x'}}"))
                .isEqualTo(json("{'filter':{'chromosome':'X'},'width':1200,'height':700}"));
        assertThat(params("{'analysis':'completeness','filter':{'approved_from':2000,'approved_to':2000}}"))
                .isEqualTo(json("{'filter':{'approved_from':2000,'approved_to':2000},'width':1200,'height':700}"));
    }

    @Test
    void nullAndBlankCountAsAbsent() {
        assertThat(params("{'analysis':'completeness','filter':{'locus_group':'','locus_type':'  '}}"))
                .isEqualTo(json("{'filter':{},'width':1200,'height':700}"));
        assertThat(params("{'analysis':'counts','group_by':'status','top':null,'filter':null,'width':null}"))
                .isEqualTo(json("{'group_by':'status','top':20,'filter':{},'width':1200,'height':700}"));
        assertThat(params("{'analysis':'approvals_by_year','split_by':null,'filter':{'status':null}}"))
                .isEqualTo(json("{'start_year':1986,'end_year':" + YEAR + ",'split_by':null,'filter':{},'width':1200,"
                        + "'height':700}"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // the body and the kind
        "[1,2]|the request body must be a JSON object like {\"analysis\": \"counts\", \"group_by\": \"chromosome\"}",
        "'counts'|the request body must be a JSON object like {\"analysis\": \"counts\", \"group_by\": \"chromosome\"}",
        "null|the request body must be a JSON object like {\"analysis\": \"counts\", \"group_by\": \"chromosome\"}",
        "{}|analysis is required: one of counts, approvals_by_year, completeness",
        "{'analysis':null}|analysis is required: one of counts, approvals_by_year, completeness",
        "{'analysis':5}|unknown analysis '5'; allowed: counts, approvals_by_year, completeness",
        "{'analysis':'nope'}|unknown analysis 'nope'; allowed: counts, approvals_by_year, completeness",
        "{'analysis':'Counts'}|unknown analysis 'Counts'; allowed: counts, approvals_by_year, completeness",
        // unknown parameters
        "{'analysis':'counts','group_by':'status','foo':1}|unknown parameter 'foo' for analysis counts; allowed: group_by, top, filter, width, height",
        "{'analysis':'approvals_by_year','group_by':'status'}|unknown parameter 'group_by' for analysis approvals_by_year; allowed: start_year, end_year, split_by, filter, width, height",
        "{'analysis':'completeness','top':5}|unknown parameter 'top' for analysis completeness; allowed: filter, width, height",
        // counts
        "{'analysis':'counts'}|group_by is required: one of locus_group, locus_type, status, chromosome, gene_group",
        "{'analysis':'counts','group_by':'name'}|group_by must be one of locus_group, locus_type, status, chromosome, gene_group; got \"name\"",
        "{'analysis':'counts','group_by':5}|group_by must be one of locus_group, locus_type, status, chromosome, gene_group; got 5",
        "{'analysis':'counts','group_by':'gene_group','top':0}|top must be an integer from 1 to 100; got 0",
        "{'analysis':'counts','group_by':'gene_group','top':500}|top must be an integer from 1 to 100; got 500",
        "{'analysis':'counts','group_by':'status','top':101}|top must be an integer from 1 to 100; got 101",
        "{'analysis':'counts','group_by':'gene_group','top':'5'}|top must be an integer from 1 to 100; got \"5\"",
        "{'analysis':'counts','group_by':'gene_group','top':5.5}|top must be an integer from 1 to 100; got 5.5",
        "{'analysis':'counts','group_by':'gene_group','top':5.0}|top must be an integer from 1 to 100; got 5.0",
        "{'analysis':'counts','group_by':'gene_group','top':true}|top must be an integer from 1 to 100; got true",
        "{'analysis':'counts','group_by':'gene_group','top':[5]}|top must be an integer from 1 to 100; got [5]",
        "{'analysis':'counts','group_by':'gene_group','top':99999999999999999999}|top must be an integer from 1 to 100; got 99999999999999999999",
        // approvals_by_year
        "{'analysis':'approvals_by_year','start_year':1899}|start_year must be an integer from 1900 to THIS_YEAR; got 1899",
        "{'analysis':'approvals_by_year','start_year':'2000'}|start_year must be an integer from 1900 to THIS_YEAR; got \"2000\"",
        "{'analysis':'approvals_by_year','end_year':2027}|end_year must be an integer from 1900 to THIS_YEAR; got 2027",
        "{'analysis':'approvals_by_year','end_year':2000.5}|end_year must be an integer from 1900 to THIS_YEAR; got 2000.5",
        "{'analysis':'approvals_by_year','start_year':2010,'end_year':2000}|start_year must not be after end_year; got start_year 2010 and end_year 2000",
        "{'analysis':'approvals_by_year','end_year':1980}|start_year must not be after end_year; got start_year 1986 and end_year 1980",
        "{'analysis':'approvals_by_year','split_by':'status'}|split_by must be one of locus_group, locus_type; got \"status\"",
        "{'analysis':'approvals_by_year','split_by':['locus_group']}|split_by must be one of locus_group, locus_type; got [\"locus_group\"]",
        // filter
        "{'analysis':'completeness','filter':[]}|filter must be an object with any of " + FILTER_KEYS + "; got []",
        "{'analysis':'completeness','filter':'X'}|filter must be an object with any of " + FILTER_KEYS + "; got \"X\"",
        "{'analysis':'completeness','filter':{'name':'x'}}|unknown filter 'name'; allowed: " + FILTER_KEYS,
        "{'analysis':'completeness','filter':{'status':true}}|filter.status must be a string of at most 200 characters; got true",
        "{'analysis':'completeness','filter':{'gene_group':7}}|filter.gene_group must be a string of at most 200 characters; got 7",
        "{'analysis':'completeness','filter':{'symbol_prefix':['A']}}|filter.symbol_prefix must be a string of at most 200 characters; got [\"A\"]",
        "{'analysis':'completeness','filter':{'chromosome':'23'}}|filter.chromosome must be one of 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, X, Y, MT; got \"23\"",
        "{'analysis':'completeness','filter':{'chromosome':1}}|filter.chromosome must be a string; got 1",
        "{'analysis':'completeness','filter':{'approved_from':'2000'}}|filter.approved_from must be an integer from 1900 to THIS_YEAR; got \"2000\"",
        "{'analysis':'completeness','filter':{'approved_from':1899}}|filter.approved_from must be an integer from 1900 to THIS_YEAR; got 1899",
        "{'analysis':'completeness','filter':{'approved_to':2027}}|filter.approved_to must be an integer from 1900 to THIS_YEAR; got 2027",
        "{'analysis':'completeness','filter':{'approved_to':2000.0}}|filter.approved_to must be an integer from 1900 to THIS_YEAR; got 2000.0",
        "{'analysis':'completeness','filter':{'approved_from':2010,'approved_to':2000}}|filter.approved_from must not be after approved_to; got approved_from 2010 and approved_to 2000",
        // chart size
        "{'analysis':'completeness','width':399}|width must be an integer from 400 to 4000; got 399",
        "{'analysis':'completeness','width':4001}|width must be an integer from 400 to 4000; got 4001",
        "{'analysis':'completeness','width':'800'}|width must be an integer from 400 to 4000; got \"800\"",
        "{'analysis':'completeness','height':299}|height must be an integer from 300 to 3000; got 299",
        "{'analysis':'completeness','height':3001}|height must be an integer from 300 to 3000; got 3001",
        "{'analysis':'completeness','height':700.5}|height must be an integer from 300 to 3000; got 700.5",
    })
    void badRequestsAre400sNamingTheParameterAndWhatIsAllowed(String body, String message) {
        assertThatThrownBy(() -> read(body))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(message.replace("THIS_YEAR", Integer.toString(YEAR)));
    }

    @Test
    void aMissingBodyIsRejected() {
        assertThatThrownBy(() -> REQUESTS.read(" ", AnalysisRequest.class, AnalysisRequest.EXAMPLE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("the request body must be a JSON object like {\"analysis\": \"counts\", \"group_by\": \"chromosome\"}");
    }

    @Test
    void everyBrokenRuleIsNamedInPathOrder() {
        assertThatThrownBy(() -> read("{'analysis':'counts','group_by':'status','width':1,'top':0,'filter':{'chromosome':'Z'}}"))
                .hasMessage("filter.chromosome must be one of 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, "
                        + "20, 21, 22, X, Y, MT; got \"Z\"; top must be an integer from 1 to 100; got 0; width must be an "
                        + "integer from 400 to 4000; got 1");
    }

    @Test
    void deeplyNestedAndMalformedBodiesAreRefused() {
        assertThatThrownBy(() -> read("{'analysis':'completeness','filter':{'chromosome':" + "[".repeat(20) + "]".repeat(20) + "}}"))
                .as("refused at the first token that does not fit").hasMessageStartingWith("filter.chromosome must be a string; got ");
        assertThatThrownBy(() -> read("{'a':" + "[".repeat(20) + "]".repeat(20) + "}"))
                .hasMessage("the request body is nested too deeply (at most 10 levels)");
        assertThatThrownBy(() -> read("{'analysis':'completeness'"))
                .hasMessageStartingWith("the request body is not valid JSON: ");
        assertThatThrownBy(() -> read("{'analysis':'completeness'} {}"))
                .hasMessageStartingWith("the request body is not valid JSON: ");
    }

    @Test
    void longValuesAreCutInMessagesAndRejected() {
        String longName = "x".repeat(60);
        assertThatThrownBy(() -> read("{'analysis':'" + longName + "'}"))
                .hasMessage("unknown analysis '" + "x".repeat(40) + "…'; allowed: counts, approvals_by_year, completeness");
        assertThatThrownBy(() -> read("{'analysis':'completeness','filter':{'gene_group':'" + "g".repeat(201) + "'}}"))
                .hasMessageStartingWith("filter.gene_group must be a string of at most 200 characters; got \"ggg");
    }

    @Test
    void theValidatorsClockBoundsTheYears() {
        int later = YEAR + 4;
        TypedRequests inFourYears = new TypedRequests(MAPPER, validator(Clock.offset(Clock.systemUTC(),
                java.time.Duration.ofDays(4 * 366))));
        AnalysisRequest request = inFourYears.read(json("{'analysis':'approvals_by_year','start_year':" + later
                + ",'end_year':" + later + "}"), AnalysisRequest.class, AnalysisRequest.EXAMPLE);
        assertThat(((ApprovalsByYearRequest) request).startYear()).isEqualTo(later);
        assertThatThrownBy(() -> read("{'analysis':'approvals_by_year','start_year':" + later + ",'end_year':" + later + "}"))
                .hasMessage("end_year must be an integer from 1900 to " + YEAR + "; got " + later
                        + "; start_year must be an integer from 1900 to " + YEAR + "; got " + later);
    }

    private static AnalysisRequest read(String body) {
        return REQUESTS.read(json(body), AnalysisRequest.class, AnalysisRequest.EXAMPLE);
    }

    private static String params(String body) {
        try {
            return MAPPER.writeValueAsString(read(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Validator validator(Clock clock) {
        return Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .clockProvider(() -> clock)
                .buildValidatorFactory().getValidator();
    }

    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }
}
