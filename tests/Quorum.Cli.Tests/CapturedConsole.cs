using System.Text;

namespace Quorum.Cli.Tests;

/// <summary>
/// The process's console, shared by tests that run side by side: what a test's command writes to
/// <see cref="Console.Out"/> and <see cref="Console.Error"/> goes to that test's writers (an async-local choice, so it
/// follows the command into the tasks it starts); anything else still reaches the real console.
/// </summary>
internal static class CapturedConsole
{
    private static readonly AsyncLocal<(TextWriter Out, TextWriter Error)?> Current = new();

    private static readonly Lazy<bool> Installed = new(() =>
    {
        // As the child processes were run: plain text, no colour codes in what the tests read.
        Environment.SetEnvironmentVariable("NO_COLOR", "1");
        Console.SetOut(new Dispatcher(Console.Out, () => Current.Value?.Out));
        Console.SetError(new Dispatcher(Console.Error, () => Current.Value?.Error));
        return true;
    });

    public static IDisposable Capture(TextWriter output, TextWriter error)
    {
        _ = Installed.Value;
        Current.Value = (TextWriter.Synchronized(output), TextWriter.Synchronized(error));
        return new Release();
    }

    private sealed class Release : IDisposable
    {
        public void Dispose() => Current.Value = null;
    }

    private sealed class Dispatcher(TextWriter fallback, Func<TextWriter?> current) : TextWriter
    {
        private TextWriter Target => current() ?? fallback;

        public override Encoding Encoding => fallback.Encoding;

        public override void Write(char value) => Target.Write(value);

        public override void Write(char[] buffer, int index, int count) => Target.Write(buffer, index, count);

        public override void Write(string? value) => Target.Write(value);

        public override void WriteLine(string? value) => Target.WriteLine(value);

        public override Task WriteAsync(string? value) => Target.WriteAsync(value);

        public override Task WriteLineAsync(string? value) => Target.WriteLineAsync(value);

        public override void Flush() => Target.Flush();

        public override Task FlushAsync() => Target.FlushAsync();
    }
}
