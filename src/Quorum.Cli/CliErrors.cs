using System.CommandLine;
using Quorum.Domain;
using Spectre.Console;

namespace Quorum.Cli;

/// <summary>
/// A problem the user can fix (bad path, bad date, unreachable server): reported as one line, exit code 1,
/// no stack trace. A <see cref="ProcedureRuleException"/> from the domain is reported the same way.
/// </summary>
public sealed class CliException(string message, Exception? inner = null) : Exception(message, inner);

public static class CliErrors
{
    /// <summary>Shows stack traces for unexpected errors.</summary>
    public static readonly Option<bool> Verbose = new("--verbose") { Description = "Show full error details.", Recursive = true };

    /// <summary>Sets the command's action so that any failure is a one-line message on stderr and exit code 1.</summary>
    public static void SetGuardedAction(this Command command, Func<ParseResult, int> action)
    {
        command.SetAction(parseResult =>
        {
            try
            {
                return action(parseResult);
            }
            catch (Exception ex)
            {
                Report(ex, parseResult.GetValue(Verbose));
                return 1;
            }
        });
    }

    /// <summary>Async variant of <see cref="SetGuardedAction(Command, Func{ParseResult, int})"/>.</summary>
    public static void SetGuardedAction(this Command command, Func<ParseResult, CancellationToken, Task<int>> action)
    {
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            try
            {
                return await action(parseResult, cancellationToken);
            }
            catch (Exception ex)
            {
                Report(ex, parseResult.GetValue(Verbose));
                return 1;
            }
        });
    }

    private static void Report(Exception ex, bool verbose)
    {
        var stderr = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (Console.IsErrorRedirected)
        {
            // Spectre wraps at 80 columns when it cannot see a terminal; tooling reads the message as one line.
            stderr.Profile.Width = int.MaxValue;
        }
        var userError = ex is CliException or ProcedureRuleException;
        // A broken procedure rule is said in words, then the rule's name; the operator also gets the code, last, to look it up.
        var message = ex switch
        {
            ProcedureRuleException rule when Domain.Rules.ProcedureRuleNames.NameOf(rule.Rule) is not null => $"{rule.Explanation.TrimEnd('.')} ({rule.Rule}).",
            ProcedureRuleException rule => rule.Explanation,
            CliException => ex.Message,
            _ => $"{ex.GetType().Name}: {ex.Message}",
        };
        stderr.MarkupLineInterpolated($"[red]error:[/] {message}");
        if (verbose)
        {
            stderr.WriteException(ex);
        }
        else if (!userError)
        {
            stderr.MarkupLine("[grey](run with --verbose for details)[/]");
        }
    }
}
