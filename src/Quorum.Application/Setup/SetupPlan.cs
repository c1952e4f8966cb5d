using System.Globalization;
using NodaTime;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Committees;
using Quorum.Domain.People;
using static Quorum.Application.Setup.SetupImporter;

namespace Quorum.Application.Setup;

/// <summary>
/// A set-up folder checked against itself and the database: every row parsed, every name resolved to a record in the
/// folder or already stored, and the rules between rows (one chair at a time, reserves from their own group) applied.
/// <see cref="Check"/> reports every problem; <see cref="Apply"/> then makes the changes on the tracked records.
/// </summary>
internal sealed class SetupPlan
{
    private readonly List<(SetupRow Row, string Name)> groups = [];
    private readonly List<(SetupRow Row, string Name)> wards = [];
    private readonly Dictionary<string, PersonRow> people = [];

    /// <summary>Every name people.csv gives, its rows with problems included, so a reference to one is not reported as unknown too.</summary>
    private readonly HashSet<string> namedInFile = [];
    private readonly Dictionary<string, BodyRow> bodies = [];
    private readonly List<MembershipRow> memberships = [];
    private readonly List<ReserveRows> reserveLists = [];

    private sealed record PersonRow(SetupRow Row, string? Title, string Given, string Family, bool Councillor, string? Group, string? Ward, string? Email);

    private sealed record BodyRow(SetupRow Row, string Name, BodyType Type, string? Parent, int? Quorum, string? Purpose);

    private sealed record MembershipRow(SetupRow Row, string Person, string Body, MembershipRole Role, VotingRight Voting, LocalDate From, LocalDate? To, string? Organisation, string? Position);

    private sealed record ReserveRows(string Body, string Group, MunicipalYear Year, List<(int Order, string Person)> Places);

    public static SetupPlan Check(SetupTables tables, SetupStore store, LocalDate today, List<SetupError> errors)
    {
        var plan = new SetupPlan();
        var directory = new KnownNames(store);
        CheckNames(tables.Groups, plan.groups, directory.Groups, errors);
        CheckNames(tables.Wards, plan.wards, directory.Wards, errors);
        plan.CheckPeople(tables.People, directory, errors);
        plan.CheckBodies(tables.Bodies, directory, errors);
        plan.CheckMemberships(tables.Memberships, directory, errors);
        plan.CheckSeats(store, errors);
        plan.CheckReserves(tables.Reserves, directory, store, today, errors);
        return plan;
    }

    /// <summary>Names known from the database, by comparison key, so the folder can refer to what is stored already.</summary>
    private sealed class KnownNames(SetupStore store)
    {
        public HashSet<string> Groups { get; } = [.. store.Groups.Select(g => NameKey(g.Name))];

        public HashSet<string> Wards { get; } = [.. store.Wards.Select(w => NameKey(w.Name))];

        public HashSet<string> Bodies { get; } = [.. store.Bodies.Select(b => NameKey(b.Name))];

        /// <summary>Stored people by every name they go by; a name two people share matches neither.</summary>
        public Dictionary<string, Person?> People { get; } = store.People
            .SelectMany(p => p.Aliases.Append(p.FullName).Select(n => (Key: PersonKey(n), Person: p)))
            .GroupBy(x => x.Key)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Person).Distinct().Count() == 1 ? g.First().Person : null);

        public string? GroupOf(Person person) => store.Groups.FirstOrDefault(g => g.Id == person.PartyGroupId) is { } g ? NameKey(g.Name) : null;

        public string? ParentOf(string body) =>
            store.Bodies.FirstOrDefault(b => NameKey(b.Name) == body) is { ParentId: { } parentId }
                ? store.Bodies.FirstOrDefault(b => b.Id == parentId) is { } parent ? NameKey(parent.Name) : null
                : null;
    }

    private static void CheckNames(SetupTable? table, List<(SetupRow, string)> into, HashSet<string> known, List<SetupError> errors)
    {
        var seen = new Dictionary<string, SetupRow>();
        foreach (var row in table?.Rows ?? [])
        {
            var name = Tidy(row["name"]);
            if (name.Length == 0)
            {
                errors.Add(row.Error("name", "the name is blank"));
                continue;
            }
            if (name.Length > 100)
            {
                errors.Add(row.Error("name", "the name is longer than 100 characters"));
                continue;
            }
            if (!seen.TryAdd(NameKey(name), row))
            {
                errors.Add(row.Error("name", $"'{name}' is already on {seen[NameKey(name)].Where}"));
                continue;
            }
            into.Add((row, name));
            known.Add(NameKey(name));
        }
    }

    private void CheckPeople(SetupTable? table, KnownNames directory, List<SetupError> errors)
    {
        foreach (var row in table?.Rows ?? [])
        {
            var given = Tidy(row["given name"]);
            var family = Tidy(row["family name"]);
            namedInFile.Add(PersonKey($"{given} {family}"));
            var ok = Required(row, "given name", given, 100, errors) & Required(row, "family name", family, 100, errors);
            var councillor = YesNo(row, "councillor", errors);
            var group = Reference(row, "group", directory.Groups, "groups.csv", errors);
            var ward = Reference(row, "ward", directory.Wards, "wards.csv", errors);
            var email = Tidy(row["email"]);
            if (email.Length > 0 && !IsEmail(email))
            {
                errors.Add(row.Error("email", $"'{email}' is not an e-mail address"));
                ok = false;
            }
            var title = Tidy(row["title"]);
            if (title.Length > 60)
            {
                errors.Add(row.Error("title", "the title is longer than 60 characters"));
                ok = false;
            }
            if (!ok || councillor is null || group.Failed || ward.Failed)
            {
                continue;
            }
            var key = PersonKey($"{given} {family}");
            if (people.TryGetValue(key, out var earlier))
            {
                errors.Add(row.Error("family name", $"{given} {family} is already on {earlier.Row.Where}"));
                continue;
            }
            if (directory.People.TryGetValue(key, out var stored) && stored is null)
            {
                errors.Add(row.Error("family name", $"two people in the database are called {given} {family}; tell them apart there first"));
                continue;
            }
            people[key] = new PersonRow(row, title.Length == 0 ? null : title, given, family, councillor.Value, group.Key, ward.Key, email.Length == 0 ? null : email);
        }
    }

    private void CheckBodies(SetupTable? table, KnownNames directory, List<SetupError> errors)
    {
        var rows = table?.Rows ?? [];
        foreach (var row in rows)
        {
            var name = Tidy(row["name"]);
            if (Required(row, "name", name, 200, errors) && !bodies.ContainsKey(NameKey(name)))
            {
                directory.Bodies.Add(NameKey(name));
            }
        }
        foreach (var row in rows)
        {
            var name = Tidy(row["name"]);
            if (name.Length is 0 or > 200)
            {
                continue;
            }
            var type = BodyTypeOf(row, errors);
            var parent = Reference(row, "parent", directory.Bodies, "bodies.csv", errors);
            if (parent.Key == NameKey(name))
            {
                errors.Add(row.Error("parent", $"{name} cannot be its own parent"));
                continue;
            }
            int? quorum = null;
            var quorumText = row["quorum"];
            if (quorumText.Length > 0 && !quorumText.Equals("none", StringComparison.OrdinalIgnoreCase))
            {
                if (int.TryParse(quorumText, NumberStyles.None, CultureInfo.InvariantCulture, out var q) && q >= 1)
                {
                    quorum = q;
                }
                else
                {
                    errors.Add(row.Error("quorum", $"'{quorumText}' is not a quorum: give a whole number of members, at least 1, or leave it blank for none"));
                    continue;
                }
            }
            if (type is null || parent.Failed)
            {
                continue;
            }
            if (bodies.TryGetValue(NameKey(name), out var earlier))
            {
                errors.Add(row.Error("name", $"'{name}' is already on {earlier.Row.Where}"));
                continue;
            }
            var purpose = row["purpose"];
            bodies[NameKey(name)] = new BodyRow(row, name, type.Value, parent.Key, quorum, purpose.Length == 0 ? null : purpose);
        }
        // A body's line of parents must end: no body may sit, however far up, under itself.
        foreach (var body in bodies.Values.Where(b => b.Parent is not null))
        {
            var key = NameKey(body.Name);
            var at = body.Parent;
            for (var steps = 0; at is not null && steps <= bodies.Count + directory.Bodies.Count; steps++)
            {
                if (at == key)
                {
                    errors.Add(body.Row.Error("parent", $"{body.Name} would sit under itself: its parents lead back to it"));
                    break;
                }
                at = bodies.TryGetValue(at, out var row) ? row.Parent : directory.ParentOf(at);
            }
        }
    }

    private void CheckMemberships(SetupTable? table, KnownNames directory, List<SetupError> errors)
    {
        foreach (var row in table?.Rows ?? [])
        {
            var person = PersonReference(row, "person", directory, errors);
            var body = Reference(row, "body", directory.Bodies, "bodies.csv", errors, required: true);
            var role = RoleOf(row, errors);
            var voting = role is null ? null : VotingOf(row, role.Value, errors);
            var from = Date(row, "start", required: true, errors);
            var to = Date(row, "end", required: false, errors);
            if (from.Value is { } starts && SeatRules.EndsBeforeItStarts(starts, to.Value, SeatRules.IsoDates) is { } backwards)
            {
                errors.Add(row.Error(backwards.Field, backwards.Message));
                continue;
            }
            var organisation = Tidy(row["organisation"]);
            var position = Tidy(row["position"]);
            if (organisation.Length > 200 || position.Length > 200)
            {
                errors.Add(row.Error(organisation.Length > 200 ? "organisation" : "position", "longer than 200 characters"));
                continue;
            }
            if (person is null || body.Key is null || role is null || voting is null || from.Value is null || to.Failed)
            {
                continue;
            }
            memberships.Add(new MembershipRow(row, person, body.Key, role.Value, voting.Value, from.Value.Value, to.Value,
                organisation.Length == 0 ? null : organisation, position.Length == 0 ? null : position));
        }
    }

    /// <summary>Checked once the folder's memberships are known: one chair of a body at a time, and no one seated twice on a body at once.</summary>
    private void CheckSeats(SetupStore store, List<SetupError> errors)
    {
        // The stored seats the folder does not restate stay as they are, so they count too.
        var stored = store.Memberships
            .Where(m => !memberships.Any(r => Same(r, m, store)))
            .Select(m => (Body: NameKey(store.Bodies.First(b => b.Id == m.CommitteeId).Name), Person: store.People.FirstOrDefault(p => p.Id == m.PersonId), Seat: m))
            .Where(s => s.Person is not null)
            .ToList();
        foreach (var row in memberships)
        {
            var earlier = memberships.TakeWhile(r => r != row).ToList();
            var body = row.Row["body"];
            // A clash with an earlier row is reported before one with the database: the clerk fixes the folder first.
            var chair = SeatRules.SecondChair(body, row.Role, row.From, row.To, earlier.Where(r => r.Body == row.Body).Select(r => new SeatHeld(r.Row["person"], r.Role, r.From, r.To, r.Row.Where)), SeatRules.IsoDates)
                ?? SeatRules.SecondChair(body, row.Role, row.From, row.To, stored.Where(s => s.Body == row.Body).Select(s => new SeatHeld(s.Person!.FullName, s.Seat.Role, s.Seat.From, s.Seat.To, "in the database")), SeatRules.IsoDates);
            if (chair is not null)
            {
                errors.Add(row.Row.Error(chair.Field, chair.Message));
            }
            var twice = SeatRules.SeatedTwice(row.Row["person"], body, row.From, row.To,
                earlier.Where(r => r.Person == row.Person && r.Body == row.Body).Select(r => new SeatHeld(r.Row["person"], r.Role, r.From, r.To, r.Row.Where)), SeatRules.IsoDates);
            if (twice is not null)
            {
                errors.Add(row.Row.Error(twice.Field, twice.Message));
            }
        }
    }

    private void CheckReserves(SetupTable? table, KnownNames directory, SetupStore store, LocalDate today, List<SetupError> errors)
    {
        var lists = new Dictionary<(string Body, string Group, Guid Year), (ReserveRows List, Dictionary<int, SetupRow> Orders, Dictionary<string, SetupRow> People)>();
        foreach (var row in table?.Rows ?? [])
        {
            var body = Reference(row, "body", directory.Bodies, "bodies.csv", errors, required: true);
            var group = Reference(row, "group", directory.Groups, "groups.csv", errors, required: true);
            var person = PersonReference(row, "person", directory, errors);
            var orderText = row["order"];
            int? order = int.TryParse(orderText, NumberStyles.None, CultureInfo.InvariantCulture, out var o) && o >= 1 ? o : null;
            if (order is null)
            {
                errors.Add(row.Error("order", orderText.Length == 0 ? "the place on the list is blank: give 1 for the first reserve, 2 for the next" : $"'{orderText}' is not a place on the list: give 1 for the first reserve, 2 for the next"));
            }
            var year = YearOf(row, store, today, errors);
            if (body.Key is null || group.Key is null || person is null || order is null || year is null)
            {
                continue;
            }
            if (!people.TryGetValue(person, out var listed) && directory.People.GetValueOrDefault(person) is null)
            {
                continue; // Their own row in people.csv is wrong, and reported.
            }
            var personGroup = listed is not null ? listed.Group : directory.GroupOf(directory.People[person]!);
            var outside = SeatRules.ReserveOutsideGroup(row["person"], new GroupName(group.Key, row["group"]),
                personGroup is null ? null : new GroupName(personGroup, GroupNameOf(personGroup, store)));
            if (outside is not null)
            {
                errors.Add(row.Error(outside.Field, outside.Message));
                continue;
            }
            if (!lists.TryGetValue((body.Key, group.Key, year.Id), out var list))
            {
                list = (new ReserveRows(body.Key, group.Key, year, []), [], []);
                lists[(body.Key, group.Key, year.Id)] = list;
                reserveLists.Add(list.List);
            }
            if (!list.Orders.TryAdd(order.Value, row))
            {
                errors.Add(row.Error("order", $"place {order} on the {row["group"]} reserve list for {row["body"]} is already taken ({list.Orders[order.Value].Where})"));
                continue;
            }
            if (!list.People.TryAdd(person, row))
            {
                errors.Add(row.Error("person", $"{row["person"]} is already on the {row["group"]} reserve list for {row["body"]} ({list.People[person].Where})"));
                continue;
            }
            list.List.Places.Add((order.Value, person));
        }
    }

    /// <summary>Makes the checked changes on the tracked records; saving them is the caller's one transaction.</summary>
    public void Apply(QuorumDbContext db, SetupStore store)
    {
        var councilId = store.Council.Id;
        var groupIds = store.Groups.GroupBy(g => NameKey(g.Name)).ToDictionary(g => g.Key, g => g.First().Id);
        foreach (var (_, name) in groups.Where(g => !groupIds.ContainsKey(NameKey(g.Name))))
        {
            var group = new PartyGroup { CouncilId = councilId, Name = name, Slug = new Slug(Slugged(name, store.GroupSlugs)) };
            db.PartyGroups.Add(group);
            groupIds[NameKey(name)] = group.Id;
        }
        var wardIds = store.Wards.GroupBy(w => NameKey(w.Name)).ToDictionary(w => w.Key, w => w.First().Id);
        foreach (var (_, name) in wards.Where(w => !wardIds.ContainsKey(NameKey(w.Name))))
        {
            var ward = new Ward { CouncilId = councilId, Name = name, Slug = new Slug(Slugged(name, store.WardSlugs)) };
            db.Wards.Add(ward);
            wardIds[NameKey(name)] = ward.Id;
        }

        var directory = new KnownNames(store);
        var personIds = directory.People.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!.Id);
        foreach (var (key, row) in people)
        {
            var person = directory.People.GetValueOrDefault(key);
            if (person is null)
            {
                person = new Person
                {
                    CouncilId = councilId,
                    GivenName = row.Given,
                    FamilyName = row.Family,
                    Slug = new Slug(Slugged($"{row.Given} {row.Family}", store.PersonSlugs)),
                };
                db.People.Add(person);
                personIds[key] = person.Id;
            }
            person.Title = row.Title;
            person.IsCouncillor = row.Councillor;
            person.PartyGroupId = row.Group is null ? null : groupIds[row.Group];
            person.WardId = row.Ward is null ? null : wardIds[row.Ward];
            person.Email = row.Email;
        }

        var bodiesByKey = store.Bodies.GroupBy(b => NameKey(b.Name)).ToDictionary(b => b.Key, b => b.First());
        foreach (var (key, row) in bodies)
        {
            if (!bodiesByKey.TryGetValue(key, out var body))
            {
                body = new Committee { CouncilId = councilId, Name = row.Name, Slug = new Slug(Slugged(row.Name, store.BodySlugs)), BodyType = row.Type };
                db.Committees.Add(body);
                bodiesByKey[key] = body;
            }
            body.BodyType = row.Type;
            body.Quorum = row.Quorum;
            if (row.Purpose is not null)
            {
                body.Purpose = row.Purpose;
            }
        }
        foreach (var (key, row) in bodies)
        {
            bodiesByKey[key].ParentId = row.Parent is null ? null : bodiesByKey[row.Parent].Id;
        }

        foreach (var row in memberships)
        {
            var personId = personIds[row.Person];
            var bodyId = bodiesByKey[row.Body].Id;
            var seat = store.Memberships.FirstOrDefault(m => m.PersonId == personId && m.CommitteeId == bodyId && m.From == row.From);
            if (seat is null)
            {
                seat = new Membership { CommitteeId = bodyId, PersonId = personId, Role = row.Role, From = row.From };
                db.Memberships.Add(seat);
            }
            seat.Role = row.Role;
            seat.VotingRight = row.Voting;
            seat.To = row.To;
            seat.OrganisationRepresented = row.Organisation;
            seat.Position = row.Position;
        }

        foreach (var rows in reserveLists)
        {
            var bodyId = bodiesByKey[rows.Body].Id;
            var groupId = groupIds[rows.Group];
            var wanted = rows.Places.OrderBy(p => p.Order).Select(p => personIds[p.Person]).ToList();
            var list = store.ReserveLists.FirstOrDefault(l => l.CommitteeId == bodyId && l.PartyGroupId == groupId && l.MunicipalYearId == rows.Year.Id);
            if (list is null)
            {
                list = new ReserveList { CommitteeId = bodyId, PartyGroupId = groupId, MunicipalYearId = rows.Year.Id };
                foreach (var personId in wanted)
                {
                    list.Add(personId);
                }
                db.ReserveLists.Add(list);
                continue;
            }
            // Place n stays the same record; only who holds it changes. Places beyond the new end are taken off.
            var places = list.InOrder().ToList();
            for (var i = 0; i < wanted.Count; i++)
            {
                if (i < places.Count)
                {
                    places[i].PersonId = wanted[i];
                }
                else
                {
                    var entry = new ReserveListEntry { ReserveListId = list.Id, PersonId = wanted[i], Position = i + 1 };
                    list.Entries.Add(entry);
                    db.Add(entry);
                }
            }
            foreach (var extra in places.Skip(wanted.Count))
            {
                db.Remove(extra);
            }
        }
    }

    private static bool Same(MembershipRow row, Membership seat, SetupStore store) =>
        row.From == seat.From
        && store.Bodies.FirstOrDefault(b => b.Id == seat.CommitteeId) is { } body && NameKey(body.Name) == row.Body
        && store.People.FirstOrDefault(p => p.Id == seat.PersonId) is { } person
        && (person.Aliases.Append(person.FullName).Any(n => PersonKey(n) == row.Person));

    private string GroupNameOf(string key, SetupStore store) =>
        groups.FirstOrDefault(g => NameKey(g.Name) == key).Name ?? store.Groups.FirstOrDefault(g => NameKey(g.Name) == key)?.Name ?? key;

    private static string Tidy(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static bool Required(SetupRow row, string column, string value, int maxLength, List<SetupError> errors)
    {
        if (value.Length == 0)
        {
            errors.Add(row.Error(column, "blank: this column must be filled in"));
            return false;
        }
        if (value.Length > maxLength)
        {
            errors.Add(row.Error(column, $"longer than {maxLength} characters"));
            return false;
        }
        return true;
    }

    private static bool? YesNo(SetupRow row, string column, List<SetupError> errors)
    {
        switch (row[column].ToLowerInvariant())
        {
            case "yes" or "y" or "true" or "1":
                return true;
            case "no" or "n" or "false" or "0" or "":
                return false;
            default:
                errors.Add(row.Error(column, $"'{row[column]}' is not yes or no"));
                return null;
        }
    }

    private readonly record struct Resolved(string? Key, bool Failed);

    /// <summary>A name in <paramref name="column"/> that must be one of <paramref name="known"/> (from <paramref name="file"/> or the database); blank is none unless required.</summary>
    private static Resolved Reference(SetupRow row, string column, HashSet<string> known, string file, List<SetupError> errors, bool required = false)
    {
        var name = Tidy(row[column]);
        if (name.Length == 0)
        {
            if (required)
            {
                errors.Add(row.Error(column, "blank: this column must be filled in"));
            }
            return new(null, required);
        }
        if (!known.Contains(NameKey(name)))
        {
            errors.Add(row.Error(column, $"unknown {column} '{name}': it is neither in {file} nor in the database"));
            return new(null, true);
        }
        return new(NameKey(name), false);
    }

    private string? PersonReference(SetupRow row, string column, KnownNames directory, List<SetupError> errors)
    {
        var name = Tidy(row[column]);
        if (name.Length == 0)
        {
            errors.Add(row.Error(column, "blank: this column must be filled in"));
            return null;
        }
        var key = PersonKey(name);
        if (namedInFile.Contains(key))
        {
            return key;
        }
        switch (directory.People.TryGetValue(key, out var stored), stored)
        {
            case (true, null):
                errors.Add(row.Error(column, $"two people in the database are called '{name}'"));
                return null;
            case (true, not null):
                return key;
            default:
                errors.Add(row.Error(column, $"unknown person '{name}': they are neither in people.csv nor in the database"));
                return null;
        }
    }

    private static BodyType? BodyTypeOf(SetupRow row, List<SetupError> errors)
    {
        var text = row["type"];
        BodyType? type = new string([.. text.ToLowerInvariant().Where(char.IsLetter)]) switch
        {
            "council" or "fullcouncil" => BodyType.Council,
            "cabinet" or "executive" => BodyType.Cabinet,
            "committee" => BodyType.Committee,
            "subcommittee" => BodyType.SubCommittee,
            "panel" => BodyType.Panel,
            "partnershipboard" or "partnership" => BodyType.PartnershipBoard,
            "jointcommittee" or "joint" => BodyType.JointCommittee,
            _ => null,
        };
        if (type is null)
        {
            errors.Add(row.Error("type", $"{(text.Length == 0 ? "blank" : $"'{text}'")}: the type is one of council, cabinet, committee, sub-committee, panel, partnership board, joint committee"));
        }
        return type;
    }

    private static MembershipRole? RoleOf(SetupRow row, List<SetupError> errors)
    {
        var text = row["role"];
        MembershipRole? role = new string([.. text.ToLowerInvariant().Where(char.IsLetter)]) switch
        {
            "chair" or "chairman" or "chairperson" => MembershipRole.Chair,
            "vicechair" or "vicechairman" or "vicechairperson" => MembershipRole.ViceChair,
            "member" => MembershipRole.Member,
            "cooptee" or "coopted" or "coopedmember" or "cooptedmember" => MembershipRole.CoOpted,
            "advisory" or "adviser" or "advisor" => MembershipRole.Advisory,
            "representative" => MembershipRole.Representative,
            "officer" => MembershipRole.Officer,
            _ => null,
        };
        if (role is null)
        {
            errors.Add(row.Error("role", $"{(text.Length == 0 ? "blank" : $"'{text}'")}: the role is one of chair, vice-chair, member, co-optee, advisory, representative, officer"));
        }
        return role;
    }

    private static VotingRight? VotingOf(SetupRow row, MembershipRole role, List<SetupError> errors)
    {
        var text = row["voting"];
        VotingRight? voting = new string([.. text.ToLowerInvariant().Where(char.IsLetter)]) switch
        {
            "" when SeatRules.UsualVotingRight(role) is { } usual => usual,
            "full" or "yes" => VotingRight.Full,
            "education" or "educationonly" or "educationitemsonly" => VotingRight.EducationItemsOnly,
            "none" or "no" => VotingRight.None,
            _ => null,
        };
        if (voting is null)
        {
            errors.Add(row.Error("voting", text.Length == 0
                ? "say whether the co-optee votes: full, education (on education items only) or none"
                : $"'{text}' is not a voting right: full, education (on education items only) or none"));
        }
        return voting;
    }

    private readonly record struct ParsedDate(LocalDate? Value, bool Failed);

    private static ParsedDate Date(SetupRow row, string column, bool required, List<SetupError> errors)
    {
        var text = row[column];
        if (text.Length == 0)
        {
            if (required)
            {
                errors.Add(row.Error(column, "blank: give the date, as 2026-05-21 or 21/05/2026"));
            }
            return new(null, required);
        }
        if (!SetupTable.TryParseDate(text, out var date))
        {
            errors.Add(row.Error(column, $"'{text}' is not a date: write it as 2026-05-21 or 21/05/2026"));
            return new(null, true);
        }
        return new(date, false);
    }

    private static MunicipalYear? YearOf(SetupRow row, SetupStore store, LocalDate today, List<SetupError> errors)
    {
        var text = row["year"];
        var known = store.Years.Count == 0 ? "the council has none" : $"the council has {string.Join(", ", store.Years.Select(y => y.Name))}";
        if (text.Length > 0)
        {
            var named = store.Years.FirstOrDefault(y => y.Name == text.Replace('/', '-').Replace('–', '-'));
            if (named is null)
            {
                errors.Add(row.Error("year", $"no municipal year '{text}' ({known})"));
            }
            return named;
        }
        var current = store.Years.LastOrDefault(y => y.Contains(today));
        if (current is null)
        {
            errors.Add(row.Error("year", $"blank, and no municipal year holds today ({today:uuuu-MM-dd}): name the year, as 2026-2027 ({known})"));
        }
        return current;
    }
}
