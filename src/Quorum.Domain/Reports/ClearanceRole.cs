namespace Quorum.Domain.Reports;

/// <summary>The officer whose clearance a report records in "Section 3 - Statutory Officer Clearance".</summary>
public enum ClearanceRole
{
    ChiefFinancialOfficer,
    MonitoringOfficer,
    CorporateDirector,
}
