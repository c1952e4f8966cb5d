using System.CommandLine;

namespace Quorum.Cli;

/// <summary>The <c>quorum</c> command tree: what the executable runs, and what tests run without starting a process.</summary>
public static class QuorumCli
{
    public static RootCommand Root()
    {
        var root = new RootCommand("Quorum: committee management and democratic transparency for UK councils.");
        root.Options.Add(CliErrors.Verbose);
        // One Commands.<Name>.cs file per command; list each here.
        Command[] commands = [Commands.BankHolidays(), Commands.Deadlines(), Commands.CallIn(), Commands.Extract(), Commands.Import(), Commands.Init(), Commands.Setup(), Commands.Migrate(), Commands.Demo(), Commands.Export(), Commands.Reindex(), Commands.Admin(), Commands.Audit(), Commands.Backup(), Commands.Restore()];
        foreach (var command in commands)
        {
            root.Subcommands.Add(command);
        }
        return root;
    }
}
