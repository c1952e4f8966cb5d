using Quorum.Domain.Meetings;
using Quorum.Domain.Reports;

namespace Quorum.Web.Pages.Admin.Reports;

/// <summary>
/// The editable parts of a report as the editor posts them: the cover sheet and Sections 1, 2 and 4 (Section 3,
/// the statutory officer clearance, is the clearing officer's). Field names match the element ids, so the error
/// summary links to the field.
/// </summary>
public sealed class ReportForm
{
    public string? ReportFor { get; set; }

    public string? Subject { get; set; }

    public bool KeyDecision { get; set; }

    public string? ResponsibleOfficer { get; set; }

    public string? PortfolioHolder { get; set; }

    public string? ScrutinyLeadMember { get; set; }

    public bool Exempt { get; set; }

    public int? ExemptionParagraph { get; set; }

    public bool DecisionSubjectToCallIn { get; set; }

    public string? WardsAffected { get; set; }

    public string? Summary { get; set; }

    public string? Recommendations { get; set; }

    public string? Body { get; set; }

    public string? OptionsConsidered { get; set; }

    public string? Background { get; set; }

    public string? LegalImplications { get; set; }

    public string? FinancialImplications { get; set; }

    public string? PerformanceIssues { get; set; }

    public string? EnvironmentalImpact { get; set; }

    public string? RiskManagementImplications { get; set; }

    public string? EqualitiesImplications { get; set; }

    public string? CouncilPriorities { get; set; }

    public string? WardCouncillorsNotified { get; set; }

    public string? ContactOfficer { get; set; }

    public string? BackgroundPapers { get; set; }

    /// <summary>The Section 2 text boxes after the opening text, with their labels, in the template's order.</summary>
    public static readonly IReadOnlyList<(string Field, string Label)> Section2Parts =
    [
        (nameof(OptionsConsidered), "Options considered"),
        (nameof(Background), "Background"),
        (nameof(LegalImplications), "Legal implications"),
        (nameof(FinancialImplications), "Financial implications"),
        (nameof(PerformanceIssues), "Performance issues"),
        (nameof(EnvironmentalImpact), "Environmental impact"),
        (nameof(RiskManagementImplications), "Risk management implications"),
        (nameof(EqualitiesImplications), "Equalities implications"),
        (nameof(CouncilPriorities), "Council priorities"),
    ];

    public static ReportForm From(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new()
        {
            ReportFor = report.ReportFor,
            Subject = report.Subject,
            KeyDecision = report.KeyDecision,
            ResponsibleOfficer = report.ResponsibleOfficer,
            PortfolioHolder = report.PortfolioHolder,
            ScrutinyLeadMember = report.ScrutinyLeadMember,
            Exempt = report.IsExempt,
            ExemptionParagraph = report.ExemptionParagraph?.Number,
            DecisionSubjectToCallIn = report.DecisionSubjectToCallIn,
            WardsAffected = report.WardsAffected,
            Summary = report.Summary,
            Recommendations = report.Recommendations,
            Body = report.Body,
            OptionsConsidered = report.OptionsConsidered,
            Background = report.Background,
            LegalImplications = report.LegalImplications,
            FinancialImplications = report.FinancialImplications,
            PerformanceIssues = report.PerformanceIssues,
            EnvironmentalImpact = report.EnvironmentalImpact,
            RiskManagementImplications = report.RiskManagementImplications,
            EqualitiesImplications = report.EqualitiesImplications,
            CouncilPriorities = report.CouncilPriorities,
            WardCouncillorsNotified = report.WardCouncillorsNotified,
            ContactOfficer = report.ContactOfficer,
            BackgroundPapers = report.BackgroundPapers,
        };
    }

    public string? Value(string field) => field switch
    {
        nameof(OptionsConsidered) => OptionsConsidered,
        nameof(Background) => Background,
        nameof(LegalImplications) => LegalImplications,
        nameof(FinancialImplications) => FinancialImplications,
        nameof(PerformanceIssues) => PerformanceIssues,
        nameof(EnvironmentalImpact) => EnvironmentalImpact,
        nameof(RiskManagementImplications) => RiskManagementImplications,
        nameof(EqualitiesImplications) => EqualitiesImplications,
        nameof(CouncilPriorities) => CouncilPriorities,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a Section 2 part."),
    };

    /// <summary>Checks lengths (as stored) and the exemption paragraph; errors are keyed by field id.</summary>
    public Dictionary<string, string> Check()
    {
        var errors = new Dictionary<string, string>();
        void Max(string? value, int max, string field, string label)
        {
            if (value is { Length: var length } && length > max)
            {
                errors[field] = $"{label} must be {max} characters or fewer (it is {length})";
            }
        }
        Max(ReportFor, 200, nameof(ReportFor), "Report for");
        Max(Subject, 500, nameof(Subject), "Subject");
        Max(ResponsibleOfficer, 300, nameof(ResponsibleOfficer), "Responsible Officer");
        Max(PortfolioHolder, 300, nameof(PortfolioHolder), "Portfolio Holder");
        Max(ScrutinyLeadMember, 300, nameof(ScrutinyLeadMember), "Scrutiny Lead Member");
        Max(WardsAffected, 500, nameof(WardsAffected), "Wards affected");
        Max(ContactOfficer, 300, nameof(ContactOfficer), "Contact");
        Max(BackgroundPapers, 2000, nameof(BackgroundPapers), "Background papers");
        Max(WardCouncillorsNotified, 300, nameof(WardCouncillorsNotified), "Ward Councillors notified");
        if (Exempt && ExemptionParagraph is not (>= 1 and <= 7))
        {
            errors[nameof(ExemptionParagraph)] = "Choose the paragraph of Schedule 12A that makes the report exempt";
        }
        return errors;
    }

    /// <summary>Copies the form onto the report; call <see cref="Check"/> first.</summary>
    public void ApplyTo(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        report.ReportFor = Clean(ReportFor);
        report.Subject = Clean(Subject);
        report.KeyDecision = KeyDecision;
        report.ResponsibleOfficer = Clean(ResponsibleOfficer);
        report.PortfolioHolder = Optional(PortfolioHolder);
        report.ScrutinyLeadMember = Optional(ScrutinyLeadMember);
        report.ExemptionParagraph = Exempt && ExemptionParagraph is { } p ? new Schedule12AParagraph(p) : null;
        report.DecisionSubjectToCallIn = DecisionSubjectToCallIn;
        report.WardsAffected = Clean(WardsAffected);
        report.Summary = Clean(Summary);
        report.Recommendations = Clean(Recommendations);
        report.Body = Clean(Body);
        report.OptionsConsidered = Clean(OptionsConsidered);
        report.Background = Clean(Background);
        report.LegalImplications = Clean(LegalImplications);
        report.FinancialImplications = Clean(FinancialImplications);
        report.PerformanceIssues = Clean(PerformanceIssues);
        report.EnvironmentalImpact = Clean(EnvironmentalImpact);
        report.RiskManagementImplications = Clean(RiskManagementImplications);
        report.EqualitiesImplications = Clean(EqualitiesImplications);
        report.CouncilPriorities = Clean(CouncilPriorities);
        report.WardCouncillorsNotified = Optional(WardCouncillorsNotified);
        report.ContactOfficer = Optional(ContactOfficer);
        report.BackgroundPapers = Optional(BackgroundPapers);
    }

    private static string Clean(string? text) => (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : Clean(text);
}
