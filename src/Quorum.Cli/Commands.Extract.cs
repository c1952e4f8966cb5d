using System.CommandLine;
using Quorum.Import.Model;
using Quorum.Import.Pipeline;

namespace Quorum.Cli;

public static partial class Commands
{
    /// <summary><c>quorum extract PACK [--out FILE]</c>: reads one agenda pack (text or PDF) and writes what it
    /// holds as JSON, with the warnings raised along the way. No database is touched.</summary>
    public static Command Extract()
    {
        var pack = new Argument<FileInfo>("PACK") { Description = "The agenda pack: a text conversion or a PDF." };
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write the JSON here instead of to stdout." };
        var command = new Command("extract", "Extract meeting, members, agenda, minutes and reports from an agenda pack as JSON.")
        {
            pack,
            output,
        };
        command.SetGuardedAction(parseResult =>
        {
            var file = parseResult.GetRequiredValue(pack);
            ExtractedPack extracted;
            try
            {
                extracted = PackExtractor.Extract(file.FullName);
            }
            catch (ImportException ex)
            {
                throw new CliException(ex.Message, ex);
            }
            var json = PackJson.Serialize(extracted);
            if (parseResult.GetValue(output) is { } target)
            {
                try
                {
                    File.WriteAllText(target.FullName, json + "\n");
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    throw new CliException($"{target.FullName}: cannot write ({ex.Message}).", ex);
                }
                Console.Error.WriteLine($"{file.Name}: {extracted.Agenda.Count} agenda items, {extracted.Minutes.Count} minute sets, {extracted.Reports.Count} reports, {extracted.Warnings.Count} warnings -> {target.FullName}");
            }
            else
            {
                Console.Out.WriteLine(json);
            }
            return 0;
        });
        return command;
    }
}
