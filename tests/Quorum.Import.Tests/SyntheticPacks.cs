namespace Quorum.Import.Tests;

/// <summary>Small packs written for the tests, in the grammar council packs share (not copied from the samples).</summary>
internal static class SyntheticPacks
{
    public const string Committee = """
        Licensing Panel AGENDA

        - DATE: Wednesday 4 March 2026
        - TIME: 6.30 pm
        - VENUE: Committee Room 3,
        Town Hall

        MEMBERSHIP (Quorum 3)

        Chair: Councillor Ada Brooks

        Labour Councillors: Sam Patel
        Rita Osei

        Conservative Councillors: Tom Reed (VC)

        Non-Voting Advisory Member: Carol Dean

        Reserve Members:

        Labour Reserve Members:

        1. Dr Ian Fox
        2. June Marsh

        Contact: Pat Jones, Democratic Services Officer Tel: 020 1234 5678 E-mail: pat.jones@example.gov.uk

        Agenda publication date: Monday 23 February 2026

        AGENDA - PART I

        1. Attendance by Reserve Members

        2. Minutes (Pages 5 - 8)

        That the minutes of the meeting held on 2 December 2025 be taken as read and signed as a correct record.

        3. PUBLIC QUESTIONS *

        [The deadline for receipt of public questions is 3.00 pm, 27 February 2026.

        4. **Street Trading Review** (Pages 9 - 20)

        Report of the Director of Environment

        5. Taxi Licensing Fees and Charges
        (Pages 21 - 30)

        6. Any Other Business

        AGENDA - PART II - NIL

        *** DATA PROTECTION ACT NOTICE**

        The Council will audio record item 4 (Public Questions).

        LICENSING PANEL

        MINUTES

        2 DECEMBER 2025

        Chair:	* Councillor Ada Brooks
        Councillors:	* Sam Patel † Rita Osei	* June Marsh (2) Tom Reed
        In attendance: (Officers)	Kim Lowe	Head of Licensing

        - * Denotes Member present
        - (2) Denotes category of Reserve Member
        - † Denotes apologies received

        41. Attendance by Reserve Members

        RESOLVED: To note the attendance of the following Reserve Member:

        Ordinary Member	Reserve Member
        Councillor Tom Reed	Councillor June Marsh

        42. Street Cafes

        RESOLVED: That

        - (1) the policy be approved; and
        - (2) the fees be reviewed in a year.

        (Note: The meeting, having commenced at 6.30 pm, closed at 8.05 pm).

        (Signed) COUNCILLOR ADA BROOKS
        Chair

        REPORT FOR: LICENSING

        PANEL

        Date of Meeting:	4 March 2026
        Subject:	Street Trading Review
        Responsible Officer:	Lee Grant, Director of Environment lee.grant@example.gov.uk 020 1111 2222
        Exempt:	No
        Wards affected:	All
        Enclosures:	1. Draft policy 2. Consultation responses

        Section 1 – Summary and Recommendations

        Section 3 - Statutory Officer Clearance

        Name: Ann Cole	X	on behalf of the Chief Financial Officer
        Date: 20/02/2026

        Name:	X	on behalf of the Monitoring Officer
        Date:

        Ward Councillors notified:	NO

        Section 4 - Contact Details and Background Papers

        Contact: Lee Grant, Director of Environment, Tel 020 1111 2222

        Background Papers: None

        Appendix 1 – Draft policy
        Contact: Someone Else, not the report's contact

        This page is intentionally left blank

        REPORT FOR: Licensing Panel

        Date of Meeting:	4 March 2026
        Subject:	Taxi Licensing Fees
        Exempt:	No
        Enclosures:	None

        Section 3 - Statutory Officer Clearance

        Not Required
        """;

    /// <summary>An agenda whose Part II heading ends a page: the text before the page break and the text after it.</summary>
    public static (string BeforeBreak, string AfterBreak) PartTwoAcrossPageBreak => ("""
        Licensing Panel AGENDA

        - DATE: Wednesday 4 March 2026
        - TIME: 6.30 pm
        - VENUE: Committee Room 3, Town Hall

        MEMBERSHIP (Quorum 3)

        Chair: Councillor Ada Brooks

        Labour Councillors: Sam Patel

        Agenda publication date: Monday 23 February 2026

        AGENDA - PART I

        1. Attendance by Reserve Members

        2. Street Trading Review (Pages 5 - 12)

        Report of the Director of Environment

        AGENDA - PART II
        """, """
        3. Contract Award for Waste Collection (Pages 13 - 20)

        Report of the Director of Environment

        Reason for exemption: paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972 (financial or business affairs).

        4. Staffing Restructure in Licensing (Pages 21 - 30)

        Report of the Chief Executive

        Reason for exemption: paragraph 4 of Part 1 of Schedule 12A to the Local Government Act 1972 (labour relations).
        """);
}
