using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quorum.Domain.Meetings;
using Quorum.Domain.Participation;

namespace Quorum.Data.Configurations.Participation;

internal sealed class DeputationConfiguration : IEntityTypeConfiguration<Deputation>
{
    public void Configure(EntityTypeBuilder<Deputation> builder)
    {
        builder.Property(d => d.Speaker).HasMaxLength(QuestionRules.MaxNameLength);
        builder.Property(d => d.Organisation).HasMaxLength(DeputationRules.MaxOrganisationLength);
        builder.Property(d => d.Email).HasMaxLength(QuestionRules.MaxEmailLength);
        builder.Property(d => d.Subject).HasMaxLength(DeputationRules.MaxSubjectLength);
        builder.Property(d => d.ChairsReason).HasMaxLength(DeputationRules.MaxReasonLength);
        builder.Property(d => d.RecordedBy).HasMaxLength(256);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AgendaItem>().WithMany().HasForeignKey(d => d.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
        // Order of receipt holds even for two forms sent at once.
        builder.HasIndex(d => new { d.MeetingId, d.Number }).IsUnique();
    }
}
