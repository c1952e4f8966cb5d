using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quorum.Domain.Committees;

namespace Quorum.Data.Configurations.Committees;

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.Property(m => m.OrganisationRepresented).HasMaxLength(200);
        builder.Property(m => m.Position).HasMaxLength(200);
        builder.Property(m => m.AppointedByMinute).HasMaxLength(200);
        builder.Property(m => m.EndedByMinute).HasMaxLength(200);
        builder.HasOne(m => m.Person).WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.CommitteeId, m.From });
    }
}
