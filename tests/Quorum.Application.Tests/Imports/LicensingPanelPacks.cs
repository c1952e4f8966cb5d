using System.Globalization;
using NodaTime;

namespace Quorum.Application.Tests.Imports;

/// <summary>
/// Agenda packs of a small licensing panel written for these tests, in the grammar council packs share: a front
/// sheet, Part I and Part II agendas, the minutes of the previous meeting and report covers, one of them exempt.
/// </summary>
internal static class LicensingPanelPacks
{
    /// <summary>Words that appear only in the exempt report's body, to check it never reaches a public page.</summary>
    public const string ExemptWords = "preferred bidder's price";

    public static string Pack(
        LocalDate meeting,
        LocalDate previous,
        int firstMinute,
        string chair = "Ada Brooks",
        string member = "Sam Patel",
        string item4 = "Taxi Licensing Fees and Charges",
        string reserves = "",
        string subItems = "",
        string decision = "RESOLVED",
        string enclosures = "None",
        string appendices = "")
    {
        var day = meeting.ToString("dddd d MMMM uuuu", CultureInfo.InvariantCulture);
        var published = meeting.PlusDays(-8).ToString("dddd d MMMM uuuu", CultureInfo.InvariantCulture);
        var plain = meeting.ToString("d MMMM uuuu", CultureInfo.InvariantCulture);
        var before = previous.ToString("d MMMM uuuu", CultureInfo.InvariantCulture);
        // Enough standing text between the public and the exempt report that they fall on different text pages.
        var filler = string.Join("\n\n", Enumerable.Range(1, 40).Select(i => $"{i}.{i} The panel's licensing policy paragraph {i} is unchanged."));
        return $"""
            Licensing Panel AGENDA

            - DATE: {day}
            - TIME: 6.30 pm
            - VENUE: Committee Room 3, Town Hall

            MEMBERSHIP (Quorum 3)

            Chair: Councillor {chair}

            Labour Councillors: {member}
            Rita Osei

            Conservative Councillors: Tom Reed (VC)

            {reserves}

            Contact: Pat Jones, Democratic Services Officer Tel: 020 1234 5678 E-mail: pat.jones@brentmoor.gov.uk

            Agenda publication date: {published}

            AGENDA - PART I

            1. Attendance by Reserve Members

            2. Minutes (Pages 5 - 8)

            That the minutes of the meeting held on {before} be taken as read and signed as a correct record.

            3. Street Trading Review (Pages 9 - 20)

            Report of the Director of Environment

            4. {item4} (To Follow)

            {subItems}

            AGENDA - PART II

            5. Contract Award for Waste Collection (Pages 21 - 30)

            Report of the Director of Environment

            Reason for exemption: paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.

            *** DATA PROTECTION ACT NOTICE**

            The Council will audio record the meeting.

            LICENSING PANEL

            MINUTES

            {before.ToUpperInvariant()}

            Chair:	* Councillor {chair}
            Councillors:	* {member} † Rita Osei	* Tom Reed

            - * Denotes Member present
            - † Denotes apologies received

            {firstMinute}. Attendance by Reserve Members

            RESOLVED: To note that there were no Reserve Members in attendance.

            {firstMinute + 1}. Street Cafes

            {decision}: That

            - (1) the policy be approved; and
            - (2) the fees be reviewed in a year.

            (Note: The meeting, having commenced at 6.30 pm, closed at 8.05 pm).

            (Signed) COUNCILLOR {chair.ToUpperInvariant()}
            Chair

            REPORT FOR: LICENSING PANEL

            Date of Meeting:	{plain}
            Subject:	Street Trading Review
            Responsible Officer:	Lee Grant, Director of Environment
            Exempt:	No
            Wards affected:	All
            Enclosures:	{enclosures}

            Section 1 – Summary and Recommendations

            The street trading policy is reviewed every three years.

            {filler}

            Section 3 - Statutory Officer Clearance

            Name: Ann Cole	X	on behalf of the Chief Financial Officer
            Date: 20/02/2026

            Section 4 - Contact Details and Background Papers

            Contact: Lee Grant, Director of Environment, Tel 020 1111 2222

            This page is intentionally left blank

            {appendices}

            REPORT FOR: LICENSING PANEL

            Date of Meeting:	{plain}
            Subject:	Contract Award for Waste Collection
            Responsible Officer:	Lee Grant, Director of Environment
            Exempt:	Yes, paragraph 3
            Wards affected:	All
            Enclosures:	None

            Section 1 – Summary and Recommendations

            The {ExemptWords} is £1,234,567 a year.

            Section 4 - Contact Details and Background Papers

            Contact: Lee Grant, Director of Environment, Tel 020 1111 2222
            """;
    }

    public static string Write(string directory, string name, string text)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, text);
        return path;
    }
}
