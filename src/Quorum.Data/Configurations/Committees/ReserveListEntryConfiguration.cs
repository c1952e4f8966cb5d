using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quorum.Domain.Committees;

namespace Quorum.Data.Configurations.Committees;

internal sealed class ReserveListEntryConfiguration : IEntityTypeConfiguration<ReserveListEntry>
{
    public void Configure(EntityTypeBuilder<ReserveListEntry> builder)
    {
        builder.HasOne(e => e.Person).WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Restrict);
        // One live entry per place: a place taken off the list stays as a tombstone and must not block the next holder.
        builder.HasIndex(e => new { e.ReserveListId, e.Position }).IsUnique().HasFilter("\"Deleted\" IS NULL");
    }
}
