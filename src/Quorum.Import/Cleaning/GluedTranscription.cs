using System.Text.RegularExpressions;

namespace Quorum.Import.Cleaning;

/// <summary>
/// A paper transcribed from its PDF by a document-sharing site: the whole record on one line, with its line breaks lost
/// so that what began a line is glued to what ended the one before ("TechnicalServices161. MINUTES", "IT)Councillor
/// Greg Smith", "2013PRESENTCouncillor", "2012/13RESOLVED:That"), and the remnants of bold tags left in the text
/// ("ong>Cabinetong>"). The tag remnants become spaces and each glued line start becomes a line break again, so that the
/// run-on minutes reader meets the numbers, labels and names as it would in any other run-on record.
/// </summary>
public static partial class GluedTranscription
{
    /// <summary>Shorter lines are never whole transcribed records; the test is cheap for every other line.</summary>
    private const int MinLength = 300;

    /// <summary>The repaired text, with '\n' where a line began; the text itself when it shows no sign of a transcription.</summary>
    public static string Repair(string text)
    {
        if (text.Length < MinLength)
        {
            return text;
        }
        var tags = TagRemnant().Count(text);
        var glued = GluedNumber().Count(text);
        // Two cues at least: a stray tag or glued number on its own could be a quirk of one line.
        if (tags + glued < 2 || (tags == 0 && glued < 2))
        {
            return text;
        }
        text = Spaces().Replace(TagRemnant().Replace(text, " "), " ");
        return LostSpace().Replace(LineStart().Replace(text, "\n"), " ");
    }

    // "<strong>", "</b>", and "ong>", the tail of a "<strong>" whose "<str" the transcription cut.
    [GeneratedRegex(@"</?(?:strong|b|em|i|u|span)>|ong>", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex TagRemnant();

    // A minute number glued to the end of the line before: "Services161. MINUTES", "absence.162. APOLOGIES".
    [GeneratedRegex(@"(?<=[a-z)\].,])\d{1,4}\.\s+[A-Z]{2,}", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex GluedNumber();

    // Where a line began: before a glued minute number; before a glued "PRESENT" or "RESOLVED" label and after a
    // "PRESENT" glued to the first name; before a titled name glued to the entry above ("IT)Councillor Greg Smith");
    // between a title in capitals and the sentence glued to it ("ABSENCEThere were"); around a rule of underscores,
    // which sets the footer apart.
    [GeneratedRegex(@"(?<=[a-z)\].,])(?=\d{1,4}\.\s+[A-Z]{2,})|(?<=[A-Za-z0-9)\].,])(?=(?:PRESENT|RESOLVED)(?:\s*:|\s|[A-Z][a-z]))|(?<=(?:^|[^A-Z])PRESENT)(?=[A-Z][a-z])|(?<=[a-z)])(?=(?:Councillor|Cllr|Mr|Mrs|Ms|Dr)\s+[A-Z])|(?<=[A-Z]{2})(?=[A-Z][a-z]+\s)|\s*_{5,}\s*", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex LineStart();

    // A space lost between two words, the second capitalised ("TechnicalServices"); a name's inner capital ("McDonald",
    // "MacLeod") follows fewer lower-case letters.
    [GeneratedRegex(@"(?<=[a-z]{3})(?=[A-Z][a-z]{2})", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex LostSpace();

    [GeneratedRegex(@" {2,}", RegexOptions.CultureInvariant, 10000)]
    private static partial Regex Spaces();
}
