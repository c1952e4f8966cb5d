using NodaTime;
using Quorum.Domain.Committees;

namespace Quorum.Demo;

/// <summary>What kind of business a demo body does, which decides its agenda's standing items and its minutes' style.</summary>
internal enum BodyStyle
{
    FullCouncil,
    Cabinet,
    Scrutiny,
    Planning,
    Licensing,
    LicensingHearing,
    Audit,
    CorporateParenting,
    Partnership,
    Pension,
    Advisory,
}

/// <summary>A report subject: agenda title, who reports, the summary and whether it concerns education functions.</summary>
internal sealed record DemoSubject(string Title, string ReportOf, string Summary, bool Education = false, int? ExemptParagraph = null);

internal sealed record DemoBody(
    string Name,
    BodyType BodyType,
    BodyStyle Style,
    string? ParentName,
    int? Quorum,
    int Councillors,
    int MeetingsPerYear,
    IsoDayOfWeek Day,
    LocalTime StartTime,
    string Purpose,
    string Portfolio,
    DemoSubject[] Subjects);

internal static class DemoBodies
{
    private const string People = "Corporate Director of People";
    private const string Resources = "Director of Finance and Assurance";
    private const string Place = "Corporate Director, Place";
    private const string Legal = "Director of Legal and Governance Services";

    public static readonly DemoBody[] All =
    [
        new("Council", BodyType.Council, BodyStyle.FullCouncil, null, 16, 63, 7, IsoDayOfWeek.Thursday, new LocalTime(19, 30),
            "The full Council of all 63 councillors: sets the budget and policy framework and appoints the Leader and committees.",
            "Leader of the Council",
            [
                new("Revenue Budget and Council Tax", Resources, "sets out the final revenue budget and the level of Council Tax for the coming financial year, following consultation and Cabinet's recommendations"),
                new("Capital Programme", Resources, "recommends the capital programme for the next three years, including investment in highways, schools and the regeneration programme"),
                new("Treasury Management Strategy Statement", Resources, "sets out the borrowing and investment strategy and the prudential indicators required by the CIPFA Prudential Code"),
                new("Pay Policy Statement", Legal, "presents the annual Pay Policy Statement required by section 38 of the Localism Act 2011"),
                new("Appointment of Committees and Allocation of Seats", Legal, "sets out the allocation of seats on committees to political groups in accordance with the political balance rules"),
                new("Report of the Independent Remuneration Panel", Legal, "presents the recommendations of the Independent Remuneration Panel on the Members' Allowances Scheme"),
                new("Annual Report of the Overview and Scrutiny Committee", Legal, "summarises the work of the scrutiny function over the past municipal year"),
            ]),
        new("Cabinet", BodyType.Cabinet, BodyStyle.Cabinet, null, 3, 10, 11, IsoDayOfWeek.Thursday, new LocalTime(18, 30),
            "The executive: the Leader and portfolio holders take key decisions within the budget and policy framework.",
            "Leader of the Council",
            [
                new("Revenue and Capital Monitoring - Quarter 2", Resources, "sets out the forecast outturn position for the revenue budget and capital programme at the end of the second quarter"),
                new("Draft Revenue Budget and Medium Term Financial Strategy", Resources, "sets out the draft revenue budget for the coming year and the Medium Term Financial Strategy for the following two years, for consultation"),
                new("Brentmoor Local Plan - Regulation 19 Consultation", Place, "seeks approval to consult on the proposed submission version of the Local Plan"),
                new("Housing Revenue Account Business Plan", Place, "presents the refreshed 30-year business plan for the Housing Revenue Account, including the new-build programme"),
                new("Procurement of the Integrated Waste Collection Contract", Place, "seeks approval to procure a new waste and street cleansing contract from 2026", ExemptParagraph: 3),
                new("School Place Planning Strategy", People, "sets out the projected demand for primary and secondary school places and the proposals to meet it", Education: true),
                new("Disposal of Land at Station Road", Place, "seeks approval for the disposal of surplus council land on the terms set out in the confidential appendix", ExemptParagraph: 3),
                new("Community Safety and Violence Reduction Strategy", People, "presents the refreshed strategy of the Safer Brentmoor Partnership for adoption"),
                new("Corporate Plan Performance Report", Legal, "reports progress against the priorities of the Corporate Plan and the key performance indicators"),
            ]),
        new("Overview and Scrutiny Committee", BodyType.Committee, BodyStyle.Scrutiny, null, 4, 9, 9, IsoDayOfWeek.Tuesday, new LocalTime(19, 30),
            "Holds the executive to account, scrutinises decisions before and after they are taken, and reviews policy.",
            "Scrutiny Lead Member",
            [
                new("Ofsted Inspection - Action Plan", People, "sets out the action plan following the Ofsted inspection of services for children in need of help and protection, children looked after and care leavers", Education: true),
                new("Youth Justice Partnership Plan", People, "presents the annual Youth Justice Plan, which the Council must publish under the Crime and Disorder Act 1998"),
                new("Scrutiny Review of Health Visiting", Legal, "presents the findings and recommendations of the scrutiny challenge panel on the health visiting service"),
                new("Draft Revenue Budget - Scrutiny of Proposals", Resources, "invites the Committee to scrutinise the draft budget proposals before Cabinet makes its final recommendations to Council"),
                new("Children and Families Self-Assessment", People, "summarises the service's self-assessment of early intervention and targeted services", Education: true),
                new("Annual Standards and Achievement Report", People, "reports on pupils' attainment and progress in Brentmoor schools over the last academic year", Education: true),
                new("Community Safety Strategy", People, "sets out the strategic vision of the Safer Brentmoor Partnership for consideration before Cabinet adopts it"),
                new("Scrutiny Work Programme", Legal, "sets out the proposed work programme of the Committee and its sub-committee for the municipal year"),
            ]),
        new("Performance and Finance Scrutiny Sub-Committee", BodyType.SubCommittee, BodyStyle.Scrutiny, "Overview and Scrutiny Committee", 3, 7, 6, IsoDayOfWeek.Wednesday, new LocalTime(19, 30),
            "Scrutinises the Council's budget, performance and the performance of its partners on behalf of the Overview and Scrutiny Committee.",
            "Scrutiny Lead Member",
            [
                new("Revenue and Capital Monitoring", Resources, "invites Members to scrutinise the forecast outturn against the revenue budget and capital programme"),
                new("Corporate Performance Scorecard", Legal, "presents the quarterly corporate performance scorecard and the indicators rated red"),
                new("Council Tax and Business Rates Collection", Resources, "reports on collection rates for Council Tax and business rates and the recovery of arrears"),
                new("Adult Social Care Performance", People, "reports on key measures of adult social care, including delayed transfers of care and reablement"),
            ]),
        new("Planning Committee", BodyType.Committee, BodyStyle.Planning, null, 4, 9, 14, IsoDayOfWeek.Wednesday, new LocalTime(18, 30),
            "Determines planning applications referred to it under the scheme of delegation.",
            "",
            [
                new("Planning Applications Received", "Chief Planning Officer", "sets out the applications for determination, with the officers' assessment and recommendation on each"),
                new("Former Kodak Works, Headstone Drive: Reserved Matters", "Chief Planning Officer", "concerns reserved matters for phase 4 of the Brentmoor Regeneration Area, comprising 352 homes, commercial floorspace and public realm"),
                new("12-16 Station Road: Redevelopment for 64 Flats", "Chief Planning Officer", "concerns demolition of the existing buildings and erection of a part five, part eight storey building providing 64 flats"),
                new("Land Rear of 45 Pinner View: Three Houses", "Chief Planning Officer", "concerns the erection of three two-storey houses with associated parking and landscaping"),
                new("Stanmore Park Primary School: Two-Storey Extension", "Chief Planning Officer", "concerns a two-storey extension to provide four classrooms and a hall", Education: true),
                new("Appeal Decisions and Enforcement Update", "Chief Planning Officer", "reports recent planning appeal decisions and the enforcement caseload"),
            ]),
        new("Licensing Committee", BodyType.Committee, BodyStyle.Licensing, null, 3, 15, 4, IsoDayOfWeek.Tuesday, new LocalTime(19, 30),
            "Exercises the Council's functions under the Licensing Act 2003 and the Gambling Act 2005.",
            "",
            [
                new("Statement of Licensing Policy - Review", "Head of Community and Public Protection", "presents the revised Statement of Licensing Policy following consultation, for recommendation to Council"),
                new("Street Trading Policy and Charges", "Head of Community and Public Protection", "reports on the implementation of the street trading policy and proposes the charges for the coming year"),
                new("Gambling Act 2005 - Statement of Principles", "Head of Community and Public Protection", "presents the draft Statement of Principles under the Gambling Act 2005 for consultation"),
            ]),
        new("Licensing Panel", BodyType.SubCommittee, BodyStyle.LicensingHearing, "Licensing Committee", 3, 3, 55, IsoDayOfWeek.Monday, new LocalTime(10, 0),
            "Hears applications and reviews under the Licensing Act 2003 where relevant representations have been made.",
            "",
            [
                new("Application for a Premises Licence - Rayners Lane Food and Wine", "Licensing Manager", "concerns an application for a premises licence permitting the sale of alcohol off the premises from 08:00 to 23:00 daily, against which representations have been received"),
                new("Application to Vary a Premises Licence - The Greenhill Tavern", "Licensing Manager", "concerns an application to extend the hours for the sale of alcohol and regulated entertainment on Fridays and Saturdays"),
                new("Review of a Premises Licence - Kenton Mini Market", "Licensing Manager", "concerns a review of the premises licence brought by the Metropolitan Police following test purchases"),
                new("Application for a Personal Licence", "Licensing Manager", "concerns an application for a personal licence by an applicant with a relevant offence", ExemptParagraph: 1),
                new("Application for a Premises Licence - Wealdstone Shisha Lounge", "Licensing Manager", "concerns an application for late night refreshment until 02:00, opposed by the Licensing Authority and local residents"),
            ]),
        new("Governance, Audit, Risk Management and Standards Committee", BodyType.Committee, BodyStyle.Audit, null, 3, 7, 6, IsoDayOfWeek.Tuesday, new LocalTime(19, 30),
            "Provides independent assurance on governance, risk management, internal control and the Members' Code of Conduct.",
            "",
            [
                new("Internal Audit Annual Report and Opinion", "Head of Internal Audit", "presents the Head of Internal Audit's annual opinion on the adequacy and effectiveness of the control environment"),
                new("External Audit Findings Report", Resources, "presents the external auditor's findings on the audit of the Statement of Accounts"),
                new("Corporate Risk Register", Legal, "presents the updated corporate risk register and the mitigating actions for the highest risks"),
                new("Annual Governance Statement", Legal, "presents the draft Annual Governance Statement required by the Accounts and Audit Regulations 2015"),
                new("Complaint under the Members' Code of Conduct", Legal, "concerns the assessment of a complaint about a Member", ExemptParagraph: 1),
                new("Counter Fraud Progress Report", "Head of Internal Audit", "reports the work of the corporate anti-fraud team, including tenancy fraud and blue badge misuse"),
            ]),
        new("Corporate Parenting Panel", BodyType.Panel, BodyStyle.CorporateParenting, "Cabinet", 3, 5, 5, IsoDayOfWeek.Wednesday, new LocalTime(18, 0),
            "Makes sure the Council acts as a good corporate parent to children looked after and care leavers.",
            "Portfolio Holder for Children, Young People and Schools",
            [
                new("Corporate Parenting Update Report", People, "provides an update on the work of the corporate parenting service since the last meeting", Education: true),
                new("Virtual School Headteacher's Annual Report", People, "reports on the educational progress and attainment of children looked after", Education: true),
                new("Children Looked After - Activity and Performance", People, "presents performance data for children looked after and care leavers"),
                new("Sufficiency Strategy", People, "sets out how the Council will secure sufficient accommodation for children looked after"),
                new("Clinical Psychology Service Report", People, "describes the work of the clinical psychology service for children looked after and their carers"),
            ]),
        new("Health and Wellbeing Board", BodyType.PartnershipBoard, BodyStyle.Partnership, null, 3, 4, 5, IsoDayOfWeek.Thursday, new LocalTime(12, 30),
            "Brings together the Council, the NHS, the police and the voluntary sector to improve health and reduce health inequalities.",
            "",
            [
                new("Joint Health and Wellbeing Strategy - Progress Report", "Head of Public Health", "reports progress against the priorities of the Joint Health and Wellbeing Strategy"),
                new("Pharmaceutical Needs Assessment", "Head of Public Health", "presents the Pharmaceutical Needs Assessment for approval, as required every three years"),
                new("Better Care Fund Plan", People, "seeks the Board's approval of the Better Care Fund plan and section 75 agreement"),
                new("Director of Public Health Annual Report", "Head of Public Health", "presents the Director of Public Health's independent annual report on the health of the borough"),
                new("Safeguarding Adults Board Annual Report", People, "presents the annual report of the Brentmoor Safeguarding Adults Board"),
            ]),
        new("Pension Fund Committee", BodyType.Committee, BodyStyle.Pension, null, 3, 6, 5, IsoDayOfWeek.Wednesday, new LocalTime(18, 30),
            "Manages the Brentmoor Pension Fund as administering authority of the Local Government Pension Scheme.",
            "",
            [
                new("Investment Performance for the Quarter", "Interim Pensions Manager", "reports the performance of the Fund's investments and its managers for the quarter"),
                new("Triennial Valuation - Funding Strategy Statement", "Interim Pensions Manager", "presents the draft Funding Strategy Statement following the actuarial valuation"),
                new("Investment Manager Monitoring", "Interim Pensions Manager", "reports the officers' and advisers' assessment of the Fund's investment managers", ExemptParagraph: 3),
                new("Responsible Investment Policy", "Interim Pensions Manager", "sets out a revised responsible investment policy, including the approach to climate risk"),
            ]),
        new("Traffic and Road Safety Advisory Panel", BodyType.Panel, BodyStyle.Advisory, "Cabinet", 3, 6, 4, IsoDayOfWeek.Tuesday, new LocalTime(19, 30),
            "Advises the Portfolio Holder on traffic management, parking and road safety schemes.",
            "Portfolio Holder for Environment",
            [
                new("Petitions on Traffic and Parking", "Head of Traffic, Highways and Asset Management", "reports petitions received about traffic and parking and the officers' responses"),
                new("School Streets Programme", "Head of Traffic, Highways and Asset Management", "reports the results of the experimental school streets and proposes making four of them permanent", Education: true),
                new("Controlled Parking Zone Review - Kenton", "Head of Traffic, Highways and Asset Management", "reports the results of the statutory consultation on extending the Kenton controlled parking zone"),
                new("Road Safety Programme", "Head of Traffic, Highways and Asset Management", "sets out the road safety and Local Implementation Plan schemes proposed for the coming year"),
            ]),
    ];
}
