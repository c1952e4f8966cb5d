using Quorum.Data;
using Quorum.Domain.Rules;
using Quorum.TestSupport;

namespace Quorum.Application.Tests.Outcomes;

/// <summary>A migrated database holding <see cref="ScrutinyCouncil"/>, on the provider a subclass chooses.</summary>
public abstract class OutcomesDatabase : IAsyncLifetime
{
    private DatabaseSettings? settings;

    protected TestClock Clock { get; } = new(NodaTime.Instant.FromUtc(2024, 9, 18, 9, 0));

    protected ScrutinyCouncil Council { get; } = new();

    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    protected static ProcedureRulebook Rules => ProcedureRulebook.Harrow;

    protected abstract DatabaseSettings CreateSettings();

    public async ValueTask InitializeAsync()
    {
        settings = CreateSettings();
        await QuorumDatabase.MigrateAsync(settings, Clock, Cancel);
        await using var db = Open();
        await Council.SaveAsync(db, Cancel);
    }

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    protected QuorumDbContext Open() => QuorumDatabase.CreateContext(settings ?? throw new InvalidOperationException("Not initialised."), Clock);
}
