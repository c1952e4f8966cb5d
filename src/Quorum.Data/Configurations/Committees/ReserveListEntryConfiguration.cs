using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quorum.Domain.Committees;

namespace Quorum.Data.Configurations.Committees;

internal sealed class ReserveListEntryConfiguration : IEntityTypeConfiguration<ReserveListEntry>
{
    public void Configure(EntityTypeBuilder<ReserveListEntry> builder)
    {
        builder.HasOne(e => e.Person).WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.ReserveListId, e.Position }).IsUnique();
    }
}
