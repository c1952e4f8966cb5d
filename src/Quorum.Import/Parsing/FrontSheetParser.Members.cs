using System.Globalization;
using System.Text.RegularExpressions;
using Quorum.Import.Cleaning;
using Quorum.Import.Model;
using Quorum.Import.Pipeline;

namespace Quorum.Import.Parsing;

/// <summary>The front sheet's membership lists: one entry per person, with the role, group, order and organisation
/// the heading above gives them.</summary>
public static partial class FrontSheetParser
{
    /// <summary>
    /// Members printed with no heading, each name on a line and the office held on the line below ("Keith R Mitchell" /
    /// "Leader of the Council", "C.H. Shouler" / "Cabinet Member for Finance"). Three such pairs make a list.
    /// </summary>
    private static void ReadNamesWithPositions(List<CleanLine> lines, ExtractedPack pack)
    {
        var found = new List<MemberEntry>();
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var name = lines[i].Text.Trim();
            var position = lines[i + 1].Text.Trim();
            if (OfficeHeld().IsMatch(position) && name.Length <= 40 && !OfficeHeld().IsMatch(name) && PeopleNames.LooksLikePerson(name))
            {
                var printed = PeopleNames.Parse(name);
                found.Add(new MemberEntry { Name = printed.Name, Title = printed.Title, Position = position });
                i++;
            }
        }
        if (found.Count >= 3)
        {
            pack.Members.AddRange(found);
        }
    }

    private static void AddPeople(ExtractedPack pack, ExtractionContext context, Block block, string text, string? group, string? organisation, int line, bool councillorHeading)
    {
        text = StripBullet(text.Trim());
        // "Councillors Hugh Mason (Chair), Judith Smyth (Vice-Chair), … and Tom Wood": every name is a councillor's.
        if (CouncillorsLead().Match(text) is { Success: true } lead)
        {
            councillorHeading = true;
            text = text[lead.Length..];
        }
        if (text.Contains('\t') && block is Block.Members or Block.Substitutes)
        {
            AddPerson(pack, context, text, block == Block.Members ? MemberRoles.Member : MemberRoles.Substitute, group, organisation, null, councillorHeading, line);
            return;
        }
        if (text.Length == 0 || Vacancy().IsMatch(text) || text.Equals("None", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        int? order = null;
        if (Numbered().Match(text) is { Success: true } numbered)
        {
            order = int.Parse(numbered.Groups[1].Value, CultureInfo.InvariantCulture);
            text = text[numbered.Length..].Trim();
        }
        switch (block)
        {
            case Block.Members:
                foreach (var name in text.Contains('/') || text.Contains(',') ? [.. SplitList(text)] : PeopleNames.SplitRun(text, context.KnownNames))
                {
                    AddPerson(pack, context, name, MemberRoles.Member, group, null, null, councillorHeading, line);
                }
                break;
            case Block.CoOpted:
                foreach (var name in SplitList(text))
                {
                    if (!Vacancy().IsMatch(name))
                    {
                        AddPerson(pack, context, name, MemberRoles.CoOptedVoting, null, organisation, null, councillorHeading: false, line);
                    }
                }
                break;
            case Block.Advisory:
                AddPerson(pack, context, text, MemberRoles.Advisory, null, null, null, councillorHeading: false, line);
                break;
            case Block.Reserves:
                AddPerson(pack, context, text, MemberRoles.Reserve, group, null, order, councillorHeading: false, line);
                break;
            case Block.Substitutes when order is null && (text.Contains(',') || text.Contains(" and ", StringComparison.Ordinal)):
                foreach (var name in SplitList(text))
                {
                    AddPerson(pack, context, name, MemberRoles.Substitute, group, organisation, null, councillorHeading, line);
                }
                break;
            case Block.Substitutes:
                AddPerson(pack, context, text, MemberRoles.Substitute, group, organisation, order, councillorHeading, line);
                break;
            case Block.Officers:
                AddPerson(pack, context, text, MemberRoles.Officer, null, null, null, councillorHeading: false, line);
                break;
            case Block.None:
            default:
                break;
        }
    }

    private static void AddPerson(ExtractedPack pack, ExtractionContext context, string printed, string role, string? group, string? organisation, int? order, bool councillorHeading, int line)
    {
        printed = printed.Trim();
        if (printed.Length == 0)
        {
            return;
        }
        // Three tab- or pipe-separated cells on a partnership front sheet: name, position, organisation.
        string? position = null;
        var cells = printed.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (cells.Length >= 2)
        {
            printed = cells[0];
            position = cells[1];
            organisation ??= cells.Length >= 3 ? cells[2] : null;
        }
        var person = PeopleNames.Parse(printed);
        if (person.Name.Length == 0 || !person.Name.Any(char.IsLetter))
        {
            return;
        }
        var suffix = person.Suffix?.ToUpperInvariant();
        if (suffix is "VC" or "VICE-CHAIR" or "VICE CHAIR" or "VICE-CHAIRMAN" or "VICE CHAIRMAN")
        {
            role = MemberRoles.ViceChair;
        }
        else if (suffix is "CHAIRMAN" or "CHAIR" or "C")
        {
            role = MemberRoles.Chair;
        }
        else if (person.Suffix is { } post && PostInBrackets().IsMatch(post))
        {
            // "Platts (Opposition Spokesperson)": the post a member holds on the body.
            position ??= post;
        }
        var title = person.IsCouncillor || councillorHeading ? "Councillor" : person.Title;
        pack.Members.Add(new MemberEntry
        {
            Name = person.Name,
            Title = title,
            Role = role,
            Group = group,
            Order = order,
            Organisation = organisation,
            Position = position,
        });
        context.KnownNames.Add(person.Name);
        _ = line;
    }

    /// <summary>A party group from a heading ("Labour Councillors:"); the body's own name ("Planning Committee
    /// Members:") is not a group.</summary>
    private static string? GroupName(string value)
    {
        var group = value.Trim();
        return group.Length == 0 || BodyWord().IsMatch(group) ? null : group;
    }

    private static string[] SplitList(string text) =>
        [.. ListSeparators().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0)];

    [GeneratedRegex(@"\s*[/,;]\s*|\s+and\s+(?=(?:Councillor |Cllr |Mr |Mrs |Ms |Dr )?[A-Z])", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex ListSeparators();

    [GeneratedRegex(@"\b(?:Spokesperson|Spokesman|Leader|Whip|Convenor|Convener|Portfolio Holder|Lead Member|Cabinet Member)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10000)]
    private static partial Regex PostInBrackets();

    [GeneratedRegex(@"^(?:Councillors|Cllrs\.?)\s+", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex CouncillorsLead();

    [GeneratedRegex(@"^(?:Deputy\s+)?(?:Leader of the (?:Council|Opposition)|Cabinet Member for|Portfolio Holder for|Executive Member for|Lead Member for|Cabinet Member\b)", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex OfficeHeld();
}
