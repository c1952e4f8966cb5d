using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quorum.Application.Agendas;
using Quorum.Application.Documents;
using Quorum.Application.Outcomes;
using Quorum.Application.Reports;
using Quorum.Application.Staff;
using Quorum.Domain.Publication;
using Quorum.Domain.Rules;
using Quorum.Publishing.Packs;

namespace Quorum.Application;

/// <summary>Where a host keeps its files: uploads and drawn enclosures, published packs, and documents added by content.</summary>
/// <param name="DocumentStore">Enclosures at their storage paths (<c>Documents:Store</c>).</param>
/// <param name="Packs">Published agenda packs and printed minutes (<c>Documents:Packs</c>).</param>
/// <param name="ContentRoot">Documents kept by their SHA-256 for open data; the document store unless set apart.</param>
public sealed record DocumentPaths(string DocumentStore, string Packs, string? ContentRoot = null);

/// <summary>The use cases a host (the web site, the CLI) calls, registered once.</summary>
public static class ApplicationServices
{
    public static IServiceCollection AddQuorumApplication(this IServiceCollection services, DocumentPaths paths, EnclosureRules enclosureRules)
    {
        ArgumentNullException.ThrowIfNull(paths);
        // Councils keep their own procedure settings; one with none of its own has Harrow's. A host may register its own.
        services.TryAddSingleton(new Setup.CouncilRulebooks(ProcedureRulebook.Harrow));
        services.AddSingleton(sp => new DocumentStore(paths.DocumentStore, sp.GetService<IMissingEnclosureSource>(), paths.ContentRoot));
        services.AddSingleton(new PackFolder(paths.Packs));
        services.AddSingleton<PackFiles>();
        // One warm browser for the packs and minutes; it starts with the first one printed.
        services.AddSingleton<WarmChromium>();
        services.AddSingleton(sp => new AgendaPackBuilder(sp.GetRequiredService<WarmChromium>(), sp.GetRequiredService<DocumentStore>(), sp.GetRequiredService<PackFolder>())
        {
            Rulebook = sp.GetRequiredService<Setup.CouncilRulebooks>().For,
        });
        services.AddSingleton(sp => new MinutesPdf(sp.GetRequiredService<WarmChromium>(), sp.GetRequiredService<PackFolder>()));
        services.AddSingleton<MissingPacks>();
        services.AddSingleton(enclosureRules);
        services.AddSingleton<EnclosureStore>();
        // Whatever changes what the public sees tells PublicationEvents after it commits; listeners (the output
        // cache, the search index) are registered by the host.
        services.TryAddScoped<PublicationEvents>();
        services.AddScoped<AgendaPublisher>();
        services.AddScoped<AgendaEditor>();
        services.AddScoped<MeetingSchedule>();
        services.AddScoped<ReportJourney>();
        services.AddScoped<MeetingRecorder>();
        services.AddScoped(sp => new MeetingLifecycle(sp.GetRequiredService<Data.QuorumDbContext>(), sp.GetRequiredService<PublicationEvents>()));
        services.AddScoped<MinutesService>();
        services.AddScoped<ExecutiveDecisions>();
        services.AddScoped<InterestsRegister>();
        services.AddScoped<AttendanceStatistics>();
        services.AddScoped<ReportDrafts>();
        services.AddScoped<ReportEnclosures>();
        services.AddScoped<Work.MeetingIndex>();
        services.AddScoped<Work.WorkDue>();
        services.AddScoped<Participation.PublicQuestions>();
        services.AddScoped<Participation.Deputations>();
        services.AddScoped<KeyDecisions.ForwardPlan>();
        // The host registers its relay first (Mail:*); without one, mail waits in the outbox and nothing is sent.
        services.TryAddSingleton(new Mail.MailSettings());
        services.AddScoped<Mail.MailOutbox>();
        services.AddScoped<Participation.AlertMail>();
        services.AddScoped<Participation.Alerts>();
        services.TryAddSingleton(Domain.Participation.PetitionThresholds.Default);
        services.AddScoped<Participation.Petitions>();
        services.TryAddSingleton(Domain.Participation.RetentionPeriods.Default);
        services.AddScoped<Participation.PersonalDataRetention>();
        // Past papers brought in on the staff page (the host registers its limit, Imports:MaxPackMegabytes).
        services.TryAddSingleton(new Imports.PackUploadRules(20L * 1024 * 1024));
        services.AddScoped<Imports.PackUploads>();
        services.AddScoped<Setup.BodySetup>();
        services.AddScoped<Setup.PeopleSetup>();
        services.AddScoped<Setup.MunicipalYearSetup>();
        services.AddScoped<Setup.CouncilSettings>();
        // Needs the host's Identity (the site's staff side, the CLI's `admin create`).
        services.AddScoped<StaffAccountCreator>();
        services.AddScoped<CouncilRecords>();
        services.AddScoped<CouncilAuditLog>();
        services.AddScoped(sp => new ActionTracker(sp.GetRequiredService<Data.QuorumDbContext>(), sp.GetRequiredService<PublicationEvents>()));
        return services;
    }
}
