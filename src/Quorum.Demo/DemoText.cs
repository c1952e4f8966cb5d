namespace Quorum.Demo;

/// <summary>Standing words of the council's agenda and minutes templates, and pools of discussion points.</summary>
internal static class DemoText
{
    public const string ReserveRules =
        "To note the attendance at this meeting of any duly appointed Reserve Members.\n\n" +
        "Reserve Members may attend meetings:-\n" +
        "(i) to take the place of an ordinary Member for whom they are a reserve;\n" +
        "(ii) where the ordinary Member will be absent for the whole of the meeting; and\n" +
        "(iii) the meeting notes at the start of the meeting at the item 'Reserves' that the Reserve Member is or will be attending as a reserve;\n" +
        "(iv) if a Reserve Member whose intention to attend has been noted arrives after the commencement of the meeting, then that Reserve Member can only act as a Member from the start of the next item of business on the agenda after his/her arrival.";

    public const string SubstituteRules =
        "To note the attendance at this meeting of any Substitute Members, in accordance with paragraph 12.7 of the Brentmoor Partnership Governance Handbook.";

    public static string Declarations(string body) =>
        "To receive declarations of disclosable pecuniary or non pecuniary interests, arising from business to be transacted at this meeting, from:\n" +
        $"(a) all Members of the {body};\n(b) all other Members present.";

    public static string PublicQuestions(bool executive, string deadline) =>
        (executive
            ? "To receive any public questions received in accordance with paragraph 16 of the Executive Procedure Rules.\n\n"
            : "To receive any public questions received in accordance with Committee Procedure Rule 17 (Part 4B of the Constitution).\n\n") +
        "Questions will be asked in the order in which they were received. There will be a time limit of 15 minutes for the asking and answering of public questions.\n\n" +
        $"[The deadline for receipt of public questions is 3.00 pm, {deadline}. Questions should be sent to publicquestions@brentmoor.gov.uk\n" +
        "No person may submit more than one question].";

    public static string Petitions(bool executive) => executive
        ? "To receive any petitions submitted by members of the public or Councillors under the provisions of Executive Procedure Rule 47 (Part 4D of the Constitution)."
        : "To receive petitions (if any) submitted by members of the public/Councillors under the provisions of Committee Procedure Rule 15 (Part 4B of the Constitution).";

    public static string Deputations(bool executive) => executive
        ? "To receive any deputations under the provisions of Executive Procedure Rule 48 (Part 4D of the Constitution)."
        : "To receive deputations (if any) under the provisions of Committee Procedure Rule 16 (Part 4B) of the Constitution.";

    public const string AnyOtherBusiness = "Which cannot otherwise be dealt with.";

    public const string Exclusion =
        "To resolve that the press and public be excluded from the meeting for the following item of business, on the grounds that it involves the likely disclosure of confidential information in breach of an obligation of confidence, or of exempt information as defined in Part I of Schedule 12A to the Local Government Act 1972.";

    public static readonly string[] DiscussionPoints =
    [
        "Members asked how the service compared with statistical neighbours; the officer advised that performance was in the top quartile for London on most measures, but that timeliness remained below target.",
        "In response to a question about staffing, it was confirmed that the vacancy rate had fallen from 18% to 11% following the recruitment campaign, and that reliance on agency staff had reduced.",
        "A Member asked what assurance could be given about the deliverability of the savings; the officer explained that each proposal had a named lead and was monitored monthly by the Corporate Strategic Board.",
        "Members expressed concern about the impact of the cost of living on residents and asked that the equality impact assessment be kept under review.",
        "It was noted that the Council's funding settlement had not yet been confirmed and that the figures might change before the budget was set in February.",
        "The Chair asked that an update on progress be brought to a future meeting and that the performance data be circulated to all Members of the Committee.",
        "In response to a question about engagement with young people, the officer advised that the Youth Parliament had been consulted and its comments were reflected in the final document.",
        "A Member asked about the cross-borough arrangements; it was confirmed that the service was commissioned jointly with two neighbouring boroughs and that the contract was due for renewal in 2027.",
        "Members welcomed the improvement in the inspection outcome and thanked officers and partners for their work.",
        "In response to a query about the timetable, the officer advised that the consultation would run for twelve weeks and that the results would be reported to Cabinet in the spring.",
        "A Member asked whether the targets were sufficiently ambitious; the officer acknowledged the point and agreed to review them with the Portfolio Holder.",
        "It was noted that the risk rating had been reduced from red to amber following the mitigating actions taken since the last quarter.",
    ];

    public static readonly string[] PlanningPoints =
    [
        "The Committee received representations from an objector, who raised concerns about overlooking, loss of light and parking pressure, and from the applicant's agent.",
        "Members asked about the provision of affordable housing; the officer confirmed that 35% affordable housing by habitable room would be secured by the section 106 agreement.",
        "A Member expressed concern about the height and massing of the building in relation to the neighbouring conservation area.",
        "The officer advised that the Highways Authority had raised no objection subject to a car-free agreement and the provision of cycle parking.",
        "In response to a question, it was confirmed that the scheme met the London Plan standards for internal space and private amenity space.",
    ];

    public static readonly string[] LicensingPoints =
    [
        "The Panel heard from the Licensing Officer, the applicant and their representative, the Metropolitan Police and two residents who had made representations.",
        "The residents described noise and anti-social behaviour in the vicinity of the premises late at night.",
        "The applicant offered additional conditions, including CCTV coverage of the entrance and a Challenge 25 policy.",
        "The Panel had regard to the licensing objectives, the Statement of Licensing Policy and the guidance issued under section 182 of the Licensing Act 2003.",
    ];

    public static readonly string[] AppendixTitles =
    [
        "Action Plan", "Equality Impact Assessment", "Consultation Responses", "Performance Scorecard", "Draft Policy",
        "Financial Summary", "Risk Register Extract", "Benchmarking Data", "Site Plan and Elevations", "Terms of Reference",
    ];

    public static readonly (string Kind, string Nature)[] Interests =
    [
        ("NonRegistrable", "was a governor of a primary school in the borough"),
        ("NonRegistrable", "had a family member who worked for the NHS trust"),
        ("OtherRegistrable", "was a trustee of Voluntary Action Brentmoor"),
        ("NonRegistrable", "knew one of the objectors through a residents' association"),
        ("DisclosablePecuniary", "owned a property within 100 metres of the application site"),
        ("OtherRegistrable", "was a member of the Local Government Pension Scheme"),
    ];

    /// <summary>"OFSTED INSPECTION - ACTION PLAN" style used on 2014-2017 agendas is capitals; the minutes use title case.</summary>
    public static string Sentence(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
