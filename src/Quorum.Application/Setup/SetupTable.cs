using CsvHelper;
using NodaTime;
using NodaTime.Text;

namespace Quorum.Application.Setup;

/// <summary>One problem in a set-up folder: the file, its spreadsheet row (the header is row 1), the column and what is wrong.</summary>
public sealed record SetupError(string File, int Row, string? Column, string Message)
{
    public override string ToString() => Column is null ? $"{File}, row {Row}: {Message}" : $"{File}, row {Row}, column {Column}: {Message}";
}

/// <summary>
/// One CSV file of a set-up folder, as a clerk saves it from a spreadsheet: a header row, then one record a row.
/// Column names are matched ignoring case, spaces, hyphens and underscores ("Given name", "given_name"); columns
/// it does not know are ignored; blank rows (",,,," at the end of a sheet) are skipped. UTF-8, with or without a BOM.
/// </summary>
internal sealed class SetupTable
{
    private static readonly LocalDatePattern[] DatePatterns =
    [
        LocalDatePattern.Iso,
        LocalDatePattern.CreateWithInvariantCulture("d/M/uuuu"),
    ];

    private SetupTable(string file, List<SetupRow> rows, HashSet<string> columns)
    {
        File = file;
        Rows = rows;
        Columns = columns;
    }

    public string File { get; }

    public IReadOnlyList<SetupRow> Rows { get; }

    /// <summary>The known columns the header has.</summary>
    public IReadOnlySet<string> Columns { get; }

    /// <summary>Reads <paramref name="file"/> from <paramref name="folder"/>; null when the folder has no such file or its header lacks a required column (reported).</summary>
    public static SetupTable? Read(string folder, string file, string[] required, string[] optional, List<SetupError> errors)
    {
        var path = Path.Combine(folder, file);
        if (!System.IO.File.Exists(path))
        {
            return null;
        }
        var known = required.Concat(optional).ToDictionary(Key, c => c);
        // Spreadsheets save commas; the row numbers reported are the file's lines, as the spreadsheet numbers its rows.
        var options = CsvReaderOptions.Default with { Separator = ',', TrimWhitespace = true, TrimInsideQuotes = true, TrackLineNumbers = true };
        using var csv = CsvReader.FromFile(path, options);
        var header = csv.Headers;
        if (header.Count == 0)
        {
            errors.Add(new SetupError(file, 1, null, $"the file is empty: it needs a header row naming the columns {string.Join(", ", required)}"));
            return null;
        }
        var positions = new Dictionary<string, int>();
        for (var i = 0; i < header.Count; i++)
        {
            if (!known.TryGetValue(Key(header[i]), out var column))
            {
                continue;
            }
            if (!positions.TryAdd(column, i))
            {
                errors.Add(new SetupError(file, 1, column, "the column appears twice in the header"));
            }
        }
        var missing = required.Where(c => !positions.ContainsKey(c)).ToList();
        foreach (var column in missing)
        {
            errors.Add(new SetupError(file, 1, column, $"missing column: the header row must name {string.Join(", ", required)}"));
        }
        if (missing.Count > 0)
        {
            return null;
        }
        var rows = new List<SetupRow>();
        while (csv.Read())
        {
            var values = positions.ToDictionary(p => p.Key, p => p.Value < csv.FieldCount ? csv.GetString(p.Value).Trim() : "");
            if (values.Values.All(v => v.Length == 0))
            {
                continue;
            }
            rows.Add(new SetupRow(file, (int)csv.LineNumber, values));
        }
        return new SetupTable(file, rows, [.. positions.Keys]);
    }

    /// <summary>How two spellings of a name compare: case, spaces, hyphens and underscores ignored.</summary>
    private static string Key(string header) =>
        new([.. header.Where(c => !char.IsWhiteSpace(c) && c is not '-' and not '_' and not '\uFEFF').Select(char.ToLowerInvariant)]);

    public static bool TryParseDate(string text, out LocalDate date)
    {
        foreach (var pattern in DatePatterns)
        {
            var result = pattern.Parse(text);
            if (result.Success)
            {
                date = result.Value;
                return true;
            }
        }
        date = default;
        return false;
    }
}

/// <summary>One data row of a set-up file, with its spreadsheet row number.</summary>
internal sealed class SetupRow(string file, int number, Dictionary<string, string> values)
{
    public string File { get; } = file;

    public int Number { get; } = number;

    /// <summary>The trimmed cell, "" when blank or the column is absent.</summary>
    public string this[string column] => values.TryGetValue(column, out var value) ? value : "";

    public SetupError Error(string column, string message) => new(File, Number, column, message);

    /// <summary>"row 4" of this file, for pointing at another row.</summary>
    public string Where => $"row {Number}";
}
