using NodaTime;
using Quorum.Domain.Participation;

namespace Quorum.Demo;

/// <summary>
/// Two petitions as residents would find them: one open for signatures, and one answered by a published Cabinet
/// decision, its response linked to that decision and the agenda item that took it; and a third, received two days
/// ago, that the clerk has still to check against the petition scheme (on the staff home's work due, never public). Like the forward plan it draws
/// nothing from the random stream; ids are derived from the decision's, and signers are made-up example.org residents.
/// </summary>
internal sealed class DemoPetitions(DemoCouncilBuilder builder)
{
    public void Build()
    {
        var council = builder.Council;
        var reference = council.ReferenceDate;
        var borough = council.Councils[0];
        var answering = council.ExecutiveDecisions
            .Where(d => d.MinuteId is not null && d.DecidedOn < reference.PlusDays(-28))
            .OrderByDescending(d => d.DecidedOn).FirstOrDefault();
        if (answering is null)
        {
            return;
        }
        var item = council.Minutes.Single(m => m.Id == answering.MinuteId).AgendaItemId;
        var received = answering.DecidedOn.PlusDays(-70);
        var answered = Add(council, borough.Id, DemoIds.Derived(answering.Id, 0x50), 1,
            $"Ask the Cabinet to think again about {answering.Title.ToLowerInvariant()}",
            $"We, the undersigned, ask the Council's Cabinet to consult residents before it decides on {answering.Title.ToLowerInvariant()}, and to publish the options it considers.",
            "Margaret Okafor", received, answering.DecidedOn.PlusDays(-21), signatures: 812);
        answered.Respond(
            $"The Cabinet considered this petition with the report on {answering.Title.ToLowerInvariant()} on {answering.DecidedOn.ToString("d MMMM uuuu", System.Globalization.CultureInfo.InvariantCulture)}. "
                + "The options were published with the agenda, and the petition organiser spoke at the meeting. The decision and the reasons for it are in the decision notice.",
            new PetitionAnswers(ItemId: item, DecisionId: answering.Id),
            answering.DecidedOn.PlusDays(2));
        Add(council, borough.Id, DemoIds.Derived(answering.Id, 0x51), 2,
            "Install a pedestrian crossing on Station Road by the primary school",
            "We, the undersigned, ask the Council to install a signal-controlled pedestrian crossing on Station Road outside the primary school, where children cross at the busiest time of the morning.",
            "Daniel Hughes", reference.PlusDays(-19), reference.PlusDays(71), signatures: 164);
        Add(council, borough.Id, DemoIds.Derived(answering.Id, 0x52), 3,
            "Keep the Northgate community library open on Saturdays",
            "We, the undersigned, ask the Council to keep Northgate community library open on Saturday mornings, when working families and children can use it.",
            "Helen Adeyemi", reference.PlusDays(-2), reference.PlusDays(88), signatures: 0, checkedByClerk: false);
    }

    private static Petition Add(DemoCouncil council, Guid councilId, Guid id, int number, string title, string asks, string startedBy, LocalDate received, LocalDate closes, int signatures, bool checkedByClerk = true)
    {
        var receivedAt = received.At(new LocalTime(10, 30)).InUtc().ToInstant();
        var petition = new Petition
        {
            Id = id,
            CouncilId = councilId,
            Number = number,
            Title = title,
            Asks = asks,
            StartedBy = startedBy,
            Email = $"{startedBy.Replace(' ', '.').ToLowerInvariant()}@example.org",
            ClosesOn = closes,
            ReceivedAt = receivedAt,
        };
        if (checkedByClerk)
        {
            petition.Publish("clerk", receivedAt + Duration.FromDays(3));
        }
        petition.StampCreated(receivedAt);
        council.Petitions.Add(petition);
        // Signed over the days it has been open so far, from its publication.
        var open = Math.Max(1, Period.Between(received, closes < council.ReferenceDate ? closes : council.ReferenceDate, PeriodUnits.Days).Days - 3);
        for (var n = 0; n < signatures; n++)
        {
            var name = $"{DemoNames.GivenNames[n % DemoNames.GivenNames.Length]} {DemoNames.FamilyNames[n * 7 % DemoNames.FamilyNames.Length]}";
            var email = $"signer.{number}.{n}@example.org";
            var signedAt = receivedAt + Duration.FromDays(3 + (n % open)) + Duration.FromMinutes(n % 600);
            // The confirmation token too is derived, so one seed always gives the same database.
            var signature = new PetitionSignature { Id = SignatureId(id, n), PetitionId = id, Name = name, Email = email, EmailKey = email, SignedAt = signedAt, Token = Convert.ToHexStringLower(SignatureId(id, -1 - n).ToByteArray()) };
            signature.Confirm(signedAt + Duration.FromMinutes(5));
            council.PetitionSignatures.Add(signature);
        }
        return petition;
    }

    // Hashed rather than XOR-ed, so no two petitions' signatures can share an id.
    private static Guid SignatureId(Guid petition, int n) =>
        new(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{petition}/{n}"))[..16]);
}
