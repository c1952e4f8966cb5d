using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quorum.Domain.Committees;
using Quorum.Domain.People;

namespace Quorum.Data.Configurations.Committees;

internal sealed class SubstituteConfiguration : IEntityTypeConfiguration<Substitute>
{
    public void Configure(EntityTypeBuilder<Substitute> builder)
    {
        builder.Property(s => s.Organisation).HasMaxLength(200);
        builder.HasOne<Committee>().WithMany().HasForeignKey(s => s.CommitteeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Person).WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(s => s.ForPersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
