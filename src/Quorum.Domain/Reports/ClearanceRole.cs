namespace Quorum.Domain.Reports;

/// <summary>The officer whose clearance a report records in "Section 3 - Statutory Officer Clearance".</summary>
public enum ClearanceRole
{
    ChiefFinancialOfficer,
    MonitoringOfficer,
    CorporateDirector,
}

public static class ClearanceRoleNames
{
    /// <summary>The officer's title as Section 3 prints it: "Chief Financial Officer".</summary>
    public static string Title(this ClearanceRole role) => role switch
    {
        ClearanceRole.ChiefFinancialOfficer => "Chief Financial Officer",
        ClearanceRole.MonitoringOfficer => "Monitoring Officer",
        ClearanceRole.CorporateDirector => "Corporate Director",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown clearance role."),
    };
}
