package dev.lookasidelint.sarif;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.OriginalUriBaseIds;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.RunAutomationDetails;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Suppression;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.lookasidelint.analyzer.report.Finding;
import dev.lookasidelint.analyzer.report.ScanResult;
import dev.lookasidelint.analyzer.report.Suppressed;
import dev.lookasidelint.analyzer.report.ToolNotification;
import dev.lookasidelint.analyzer.rule.RuleInfo;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes one scan as a SARIF 2.1.0 log with a single run, in the shape GitHub code scanning
 * ingests: every rule of the catalog (so {@code ruleIndex} is stable across scans), results in
 * the order the scan sorted them, artifact URIs relative to {@code %SRCROOT%}, UTF-16 columns,
 * and the scan's notifications as tool execution notifications.
 *
 * <p>Output is deterministic: the same scan gives the same bytes. Thread-safe once built.
 */
public final class SarifReport {

    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String TOOL_NAME = "lookaside-lint";
    public static final String INFORMATION_URI = "https://github.com/lookaside-lint/lookaside-lint";

    /** SemVer 2.0.0; {@code semanticVersion} is left out when the version string is not one. */
    private static final Pattern SEMVER = Pattern.compile(
            "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
                    + "(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?");

    private static final ObjectWriter WRITER = JsonOutput.prettyWriter(sarifMapper());

    private final SarifRules rules;
    private final String toolVersion;
    private final String category;
    private final GitHubLimits limits;
    private final boolean withSuppressed;

    /**
     * @param rules       every rule of the catalog, in id order (their positions become
     *                    {@code ruleIndex}); every finding's rule must be among them
     * @param toolVersion the tool's version, e.g. {@code 0.1.0}
     */
    public SarifReport(List<RuleInfo> rules, String toolVersion) {
        this(new SarifRules(rules), toolVersion, null, GitHubLimits.GITHUB, false);
    }

    private SarifReport(SarifRules rules, String toolVersion, String category, GitHubLimits limits,
                        boolean withSuppressed) {
        this.rules = rules;
        this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion");
        this.category = category;
        this.limits = limits;
        this.withSuppressed = withSuppressed;
    }

    /**
     * The same report with {@code run.automationDetails.id} = {@code category + "/"}: GitHub keeps
     * the alerts of each category apart (e.g. one per driver or configuration scanned from one
     * repository), and takes the category as the id up to its last '/'. Null or blank: none.
     */
    public SarifReport withCategory(String category) {
        String c = category == null || category.isBlank() ? null : category.strip();
        return new SarifReport(rules, toolVersion, c, limits, withSuppressed);
    }

    /**
     * The same report with the findings suppressed in the source written too, each with an in-source
     * {@code suppressions} entry and its reason (GitHub shows them as dismissed). Left out by default:
     * a log meant for code scanning carries only what is to be fixed.
     */
    public SarifReport withSuppressed(boolean include) {
        return new SarifReport(rules, toolVersion, category, limits, include);
    }

    /** The same report under other limits than GitHub's (tests). */
    SarifReport withLimits(GitHubLimits other) {
        return new SarifReport(rules, toolVersion, category, other, withSuppressed);
    }

    /** Writes the log (pretty-printed, trailing newline); {@code out} is flushed, not closed. */
    public void write(ScanResult scan, Writer out) throws IOException {
        out.write(render(scan));
        out.flush();
    }

    /**
     * The log as a string, exactly as {@link #write} would write it. A log over GitHub's upload size is
     * written again under {@link GitHubLimits#smaller smaller limits} until it fits.
     */
    public String render(ScanResult scan) {
        GitHubLimits current = limits;
        String text = JsonOutput.render(WRITER, log(scan, current));
        while (!current.fitsUpload(text)) {
            GitHubLimits smaller = current.smaller(scan.findings().size());
            if (smaller == null) break;
            current = smaller;
            text = JsonOutput.render(WRITER, log(scan, current));
        }
        return text;
    }

    private SarifSchema210 log(ScanResult scan, GitHubLimits limits) {
        GitHubLimits.Cuts cuts = new GitHubLimits.Cuts(limits);
        SarifResults converter = new SarifResults(rules, new SourceLineHashes(scan.root()), limits, cuts);
        List<Finding> kept = limits.results(scan.findings(), cuts);
        List<Result> results = new ArrayList<>(kept.size());
        for (Finding finding : kept) {
            results.add(converter.result(finding));
        }
        if (withSuppressed) {
            for (Suppressed s : scan.suppressed()) {
                Suppression why = new Suppression().withKind(Suppression.Kind.IN_SOURCE);
                if (!s.justification().isEmpty()) why.setJustification(s.justification());
                results.add(converter.result(s.finding()).withSuppressions(new LinkedHashSet<>(List.of(why))));
            }
        }
        Run run = new Run()
                .withTool(new Tool().withDriver(driver()))
                .withInvocations(List.of(invocation(scan, cuts.notes())))
                .withOriginalUriBaseIds(new OriginalUriBaseIds().withAdditionalProperty(
                        SarifLocations.SRCROOT, new ArtifactLocation().withUri(rootUri(scan.root()))))
                .withColumnKind(Run.ColumnKind.UTF_16_CODE_UNITS)
                // Always present, also when empty: an empty array says "scanned, nothing found".
                .withResults(results);
        if (category != null) {
            run.setAutomationDetails(new RunAutomationDetails().withId(category.endsWith("/") ? category : category + "/"));
        }
        return new SarifSchema210()
                .with$schema(URI.create(SCHEMA_URI))
                .withVersion(SarifSchema210.Version._2_1_0)
                .withRuns(List.of(run));
    }

    private ToolComponent driver() {
        ToolComponent driver = new ToolComponent()
                .withName(TOOL_NAME)
                .withVersion(toolVersion)
                .withInformationUri(URI.create(INFORMATION_URI))
                .withRules(rules.descriptors());
        if (SEMVER.matcher(toolVersion).matches()) {
            driver.setSemanticVersion(toolVersion);
        }
        return driver;
    }

    private static Invocation invocation(ScanResult scan, List<String> limitNotes) {
        Invocation invocation = new Invocation().withExecutionSuccessful(scan.executionSuccessful());
        List<Notification> notifications = new ArrayList<>();
        for (ToolNotification n : scan.notifications()) {
            notifications.add(notification(n));
        }
        for (String note : limitNotes) {
            notifications.add(new Notification().withLevel(Notification.Level.WARNING).withMessage(new Message().withText(note)));
        }
        if (!notifications.isEmpty()) {
            invocation.setToolExecutionNotifications(notifications);
        }
        return invocation;
    }

    private static Notification notification(ToolNotification n) {
        Notification notification = new Notification()
                .withLevel(SarifLevels.notificationLevel(n.level()))
                .withMessage(new Message().withText(n.message()));
        if (n.path() != null) {
            PhysicalLocation physical = new PhysicalLocation()
                    .withArtifactLocation(SarifLocations.artifact(n.path()))
                    .withRegion(SarifLocations.lineRegion(n.line()));
            Set<Location> locations = new LinkedHashSet<>();
            locations.add(new Location().withPhysicalLocation(physical));
            notification.setLocations(locations);
        }
        return notification;
    }

    /**
     * The scan root as an absolute {@code file:} URI ending in {@code /}, as SARIF requires of a
     * base URI ({@code Path.toUri} adds the slash only for directories that exist right now).
     */
    static String rootUri(Path root) {
        String uri = root.toAbsolutePath().normalize().toUri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    /**
     * java-sarif annotates its classes {@code @JsonInclude(NON_DEFAULT)}, which drops any value
     * equal to the schema default. For levels that is wrong: a result at "warning" would lose its
     * level and take the rule's default instead, and a rule's default would silently depend on
     * the consumer's default. Levels are therefore always written, whatever their value.
     */
    private static ObjectMapper sarifMapper() {
        ObjectMapper mapper = JsonOutput.newMapper();
        JsonInclude.Value always = JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL);
        mapper.configOverride(Result.Level.class).setIncludeAsProperty(always);
        mapper.configOverride(ReportingConfiguration.Level.class).setIncludeAsProperty(always);
        mapper.configOverride(Notification.Level.class).setIncludeAsProperty(always);
        return mapper;
    }
}
