using NodaTime;
using Quorum.Application.Outcomes;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Interests;
using Quorum.TestSupport;

namespace Quorum.Application.Tests.Outcomes;

public abstract class InterestsRegisterTests : OutcomesDatabase
{
    [Fact]
    public async Task An_amended_entry_keeps_its_history_and_a_sensitive_interest_is_published_as_existence_only()
    {
        await using var db = Open();
        var register = new InterestsRegister(db);
        var job = await register.RegisterAsync(new RegisteredInterest { PersonId = Council.Person("Grace Evans").Id, Category = InterestCategory.EmploymentOfficeTradeProfessionOrVocation, Description = "Surveyor, Acme Ltd", RegisteredOn = new LocalDate(2024, 5, 20) }, Cancel);
        await register.RegisterAsync(new RegisteredInterest { PersonId = Council.Person("Grace Evans").Id, Category = InterestCategory.Land, Description = "12 Hill Road (home)", Sensitive = true, RegisteredOn = new LocalDate(2024, 5, 20) }, Cancel);
        await register.RegisterAsync(new RegisteredInterest { PersonId = Council.Person("Grace Evans").Id, Category = InterestCategory.GiftsAndHospitality, Description = "Dinner", Donor = "Acme Ltd", ValueGbp = 60m, RegisteredOn = new LocalDate(2024, 7, 1) }, Cancel);
        var amended = await register.AmendAsync(job.Id, "Senior surveyor, Acme Ltd", new LocalDate(2024, 9, 1), cancellationToken: Cancel);

        var june = await register.PublicRegisterAsync(Council.Person("Grace Evans").Id, new LocalDate(2024, 6, 1), Cancel);
        var october = await register.PublicRegisterAsync(Council.Person("Grace Evans").Id, new LocalDate(2024, 10, 1), Cancel);
        var history = await register.HistoryAsync(Council.Person("Grace Evans").Id, Cancel);

        Assert.Equal(["Surveyor, Acme Ltd", RegisteredInterest.WithheldText], june.Select(e => e.Description));
        Assert.Equal(["Senior surveyor, Acme Ltd", RegisteredInterest.WithheldText, "Dinner"], october.Select(e => e.Description));
        Assert.DoesNotContain(october, e => e.Description.Contains("Hill Road", StringComparison.Ordinal));
        Assert.Equal(4, history.Count);
        Assert.Equal((job.Id, (LocalDate?)null), (amended.ReplacesId!.Value, amended.EndedOn));
        Assert.Equal(new LocalDate(2024, 9, 1), history.Single(i => i.Id == job.Id).EndedOn);
    }

    [Fact]
    public async Task A_negative_gift_value_and_a_blank_amendment_are_refused_under_INT_3_and_nothing_changes()
    {
        await using var db = Open();
        var register = new InterestsRegister(db);
        var negative = await Assert.ThrowsAsync<ProcedureRuleException>(() => register.RegisterAsync(
            new RegisteredInterest { PersonId = Council.Person("Grace Evans").Id, Category = InterestCategory.GiftsAndHospitality, Description = "Dinner", Donor = "Acme Ltd", ValueGbp = -60m, RegisteredOn = new LocalDate(2024, 7, 1) }, Cancel));
        var job = await register.RegisterAsync(new RegisteredInterest { PersonId = Council.Person("Grace Evans").Id, Category = InterestCategory.EmploymentOfficeTradeProfessionOrVocation, Description = "Surveyor, Acme Ltd", RegisteredOn = new LocalDate(2024, 5, 20) }, Cancel);
        var blank = await Assert.ThrowsAsync<ProcedureRuleException>(() => register.AmendAsync(job.Id, "  ", new LocalDate(2024, 9, 1), cancellationToken: Cancel));

        Assert.Equal(("INT-3", "INT-3"), (negative.Rule, blank.Rule));
        var history = await register.HistoryAsync(Council.Person("Grace Evans").Id, Cancel);
        Assert.Equal(["Surveyor, Acme Ltd"], history.Select(e => e.Description));
        Assert.Null(history.Single().EndedOn);
    }

    [Fact]
    public async Task A_dispensation_longer_than_four_years_is_refused()
    {
        await using var db = Open();
        var refused = await Assert.ThrowsAsync<ProcedureRuleException>(() => new InterestsRegister(db).GrantDispensationAsync(
            new Dispensation { PersonId = Council.Person("Grace Evans").Id, Scope = "Council tax setting", Ground = DispensationGround.ImpedesBusiness, GrantedBy = "Standards Committee" },
            new LocalDate(2024, 6, 1), new LocalDate(2028, 6, 2), Cancel));

        Assert.Equal("INT-6", refused.Rule);
    }
}

public sealed class SqliteInterestsRegisterTests : InterestsRegisterTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForSqliteFile(TestDatabases.NewSqlitePath());
}

public sealed class PostgresInterestsRegisterTests : InterestsRegisterTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForPostgres(TestDatabases.NewPostgresConnectionStringOrSkip());
}
